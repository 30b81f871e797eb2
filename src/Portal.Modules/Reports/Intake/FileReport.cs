using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Regions;
using Portal.Modules.Reports.Captcha;
using Portal.Modules.Reports.Data;
using Portal.Modules.Reports.Evidence;
using Portal.Modules.Reports.Routing;

namespace Portal.Modules.Reports.Intake;

/// <summary>
/// A citizen files a report (POST /api/v1/reports and the /report form): checked field by field in Chinese, files
/// typed by content and stripped of metadata, the captcha checked and spent in the same transaction, and a receipt
/// returned at once. Routing happens later, in the routing job. Nothing about the sender's connection is read.
/// </summary>
public static class FileReport
{
    public sealed record Command
    {
        public string? Category { get; init; }
        public string? RegionCode { get; init; }
        public string? EnterpriseName { get; init; }
        public string? EnterpriseCreditCode { get; init; }
        public string? Address { get; init; }
        public string? Description { get; init; }
        public bool RealName { get; init; }
        public string? ReporterName { get; init; }
        public string? ReporterPhone { get; init; }
        public string? ReporterIdNumber { get; init; }
        public string? Captcha { get; init; }
        public IReadOnlyList<IncomingFile> Files { get; init; } = [];
    }

    /// <summary>An uploaded file: the name only to quote back in an error, never stored.</summary>
    public sealed record IncomingFile(string FileName, long Length, Func<Stream> Open);

    public sealed record Receipt(string TrackingCode, string AccessKey);

    public sealed class Handler(PortalDbContext db, RegionDirectory regions, CaptchaVerifier captcha, EvidenceStore store, EvidenceIntake evidence,
        IdentityProtector identities, IJobQueue jobs, TimeProvider clock)
    {
        public async Task<Outcome<Receipt>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors();
            var category = errors.Enum<ReportCategory>(command.Category, "category", ReportsText.Category);
            var tree = await regions.GetAsync(cancellationToken);
            Region? region = null;
            if (string.IsNullOrWhiteSpace(command.RegionCode))
            {
                errors.Add("regionCode", string.Format(CoreText.FieldRequired, ReportsText.Region));
            }
            else if ((region = tree.Find(command.RegionCode.Trim())) is null)
            {
                errors.Add("regionCode", string.Format(CoreText.UnknownRegion, command.RegionCode.Trim()));
            }
            else if (region.Level == RegionLevel.Province)
            {
                errors.Add("regionCode", string.Format(ReportsText.RegionNotCountyOrCity, region.Name));
                region = null;
            }
            errors.Require("enterpriseName", command.EnterpriseName, ReportsText.EnterpriseName)
                .MaxLength(command.EnterpriseName, "enterpriseName", ReportsText.EnterpriseName, 128)
                .MaxLength(command.Address, "address", ReportsText.Address, 256)
                .MaxLength(command.Description, "description", ReportsText.Description, 5000);
            var description = command.Description?.Trim() ?? "";
            if (string.IsNullOrEmpty(description))
            {
                errors.Add("description", string.Format(CoreText.FieldRequired, ReportsText.Description));
            }
            else if (description.Length < 10)
            {
                errors.Add("description", ReportsText.DescriptionTooShort);
            }
            string? creditCode = null;
            if (!string.IsNullOrWhiteSpace(command.EnterpriseCreditCode))
            {
                var check = CreditCode.Check(command.EnterpriseCreditCode);
                if (check.IsValid)
                {
                    creditCode = check.Normalized;
                }
                else
                {
                    errors.Add("enterpriseCreditCode", check.Problem!);
                }
            }
            ReporterIdentity? identity = null;
            if (command.RealName)
            {
                var name = command.ReporterName?.Trim();
                var phone = command.ReporterPhone?.Trim().Replace(" ", "");
                var id = command.ReporterIdNumber?.Trim();
                if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(phone))
                {
                    errors.Add(string.IsNullOrEmpty(name) ? "reporterName" : "reporterPhone", ReportsText.RealNameNeedsIdentity);
                }
                errors.MaxLength(name, "reporterName", ReportsText.ReporterName, 50);
                if (!string.IsNullOrEmpty(phone) && !ReporterChecks.IsPhone(phone))
                {
                    errors.Add("reporterPhone", string.Format(ReportsText.PhoneInvalid, phone));
                }
                if (!string.IsNullOrEmpty(id) && !ReporterChecks.IsIdNumber(id))
                {
                    errors.Add("reporterIdNumber", string.Format(ReportsText.IdNumberInvalid, id));
                }
                if (!string.IsNullOrEmpty(name) && !string.IsNullOrEmpty(phone))
                {
                    identity = new ReporterIdentity(name, phone, string.IsNullOrEmpty(id) ? null : id.ToUpperInvariant());
                }
            }
            var files = await evidence.ReadAsync(command.Files, 0, 0, errors, cancellationToken);
            if (!errors.IsEmpty)
            {
                return Outcome<Receipt>.Invalid(errors);
            }
            if (string.IsNullOrWhiteSpace(command.Captcha))
            {
                return Outcome<Receipt>.Invalid(errors.Add("captcha", ReportsText.CaptchaMissing));
            }
            var pass = await captcha.VerifyAsync(command.Captcha, cancellationToken);
            if (pass is null)
            {
                return Outcome<Receipt>.Invalid(errors.Add("captcha", ReportsText.CaptchaRejected));
            }

            var today = ChinaTime.Today(clock);
            var enterpriseId = creditCode is null ? null
                : await db.Enterprises.Where(e => e.CreditCode == creditCode).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
            var accessKey = NewAccessKey();
            var report = new Report
            {
                TrackingCode = NewTrackingCode(),
                AccessKeyHash = HashKey(accessKey),
                Category = category!.Value,
                RegionCode = region!.Code,
                RegionPath = region.Path,
                EnterpriseName = command.EnterpriseName!.Trim(),
                EnterpriseCreditCode = creditCode,
                EnterpriseId = enterpriseId,
                Address = string.IsNullOrWhiteSpace(command.Address) ? null : command.Address.Trim(),
                Description = description,
                RealName = identity is not null,
                ProtectedIdentity = identity is null ? null : identities.Protect(identity),
                Status = ReportStatus.Received,
                SubmittedOn = today,
                ChangedOn = today,
            };
            var stored = new List<string>();
            try
            {
                foreach (var (kind, bytes) in files)
                {
                    var (name, sha256) = await store.SaveAsync(bytes, cancellationToken);
                    stored.Add(name);
                    db.ReportAttachments().Add(new ReportAttachment { Report = report, Kind = kind, Size = bytes.Length, Sha256 = sha256, StoredName = name, FromReporter = true, AddedOn = today });
                }
                db.Reports().Add(report);
                db.ReportEvents().Add(new ReportEvent { Report = report, At = ChinaTime.ToUtc(today.ToDateTime(TimeOnly.MinValue)), Status = ReportStatus.Received, Note = ReportsText.SubmittedNote });
                if (pass.Use is { } use)
                {
                    db.CaptchaUses().Add(use);
                }
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (Exception e)
            {
                store.Delete(stored);
                if (e is DbUpdateException && pass.Use is { } use && await IsUsedAsync(use.Challenge, cancellationToken))
                {
                    return Outcome<Receipt>.Invalid(new ValidationErrors().Add("captcha", ReportsText.CaptchaReplayed));
                }
                throw;
            }
            // Committed: the report reaches its unit's queue in a moment, not at the next routing sweep.
            jobs.RunSoon(ReportRouter.JobName);
            return Outcome<Receipt>.Created(new Receipt(report.TrackingCode, accessKey));
        }

        private async Task<bool> IsUsedAsync(string challenge, CancellationToken cancellationToken)
        {
            db.ChangeTracker.Clear();
            return await db.CaptchaUses().AnyAsync(c => c.Challenge == challenge, cancellationToken);
        }
    }

    /// <summary>Letters and digits nobody misreads over the phone (no 0/O, 1/I/L).</summary>
    private const string Readable = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>"JB" and ten readable characters: enough that codes are not guessed, short enough to read out.</summary>
    public static string NewTrackingCode() => "JB" + RandomReadable(10);

    /// <summary>Twenty readable characters (about 98 bits), shown in groups of five; stored only as its hash.</summary>
    public static string NewAccessKey()
    {
        var key = RandomReadable(20);
        return string.Join('-', key.Chunk(5).Select(c => new string(c)));
    }

    public static string HashKey(string accessKey)
    {
        var normalized = new string(accessKey.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    private static string RandomReadable(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Readable[RandomNumberGenerator.GetInt32(Readable.Length)];
        }
        return new string(chars);
    }
}
