using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;
using Portal.Modules.Reports.Data;
using Portal.Modules.Reports.Intake;

namespace Portal.Modules.Reports.Receipts;

/// <summary>
/// Opens a report with its receipt. An unknown code and a wrong key give the same answer after the same work (a
/// hash is compared either way), so a wrong key learns nothing, not even whether the code exists.
/// </summary>
public sealed class ReceiptAccess(PortalDbContext db)
{
    private static readonly string NoSuchHash = new('0', 64);

    public async Task<Report?> OpenAsync(string? trackingCode, string? accessKey, bool tracked, CancellationToken cancellationToken)
    {
        var code = trackingCode?.Trim().ToUpperInvariant() ?? "";
        if (code.Length is < 4 or > 16 || string.IsNullOrWhiteSpace(accessKey) || accessKey.Length > 64)
        {
            return null;
        }
        var reports = tracked ? db.Reports() : db.Reports().AsNoTracking();
        var report = await reports.FirstOrDefaultAsync(r => r.TrackingCode == code, cancellationToken);
        var given = Encoding.ASCII.GetBytes(FileReport.HashKey(accessKey));
        var expected = Encoding.ASCII.GetBytes(report?.AccessKeyHash ?? NoSuchHash);
        return CryptographicOperations.FixedTimeEquals(given, expected) && report is not null ? report : null;
    }
}
