using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Enterprises.Import;

/// <summary>An import as its editor follows it: what it would write or has written, the refused rows, and its progress.</summary>
public static class GetEnterpriseImport
{
    public const int PreviewRows = 100;

    public sealed record Line(string CreditCode, string Name, string RegionCode, int Equipment);

    public sealed record Result(int Id, string FileName, string State, int Total, int Created, int Updated, int Done, int Failed,
        IReadOnlyList<PreviewEnterpriseImport.Problem> Problems, IReadOnlyList<Line> Preview)
    {
        public int Percent => Total == 0 ? 100 : (int)(100L * (Done + Failed) / Total);
    }

    public sealed class Handler(PortalDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(int id, StaffContext actor, CancellationToken cancellationToken)
        {
            var import = await db.EnterpriseImports().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
            if (import is null || import.CreatedBy != actor.UserName)
            {
                return Outcome<Result>.NotFound(CoreText.ImportNotFound);
            }
            var problems = JsonSerializer.Deserialize<List<PreviewEnterpriseImport.Problem>>(import.Problems) ?? [];
            var preview = import.State == ImportState.Preview
                ? (JsonSerializer.Deserialize<List<UpsertEnterprise.Command>>(import.Enterprises) ?? [])
                    .Take(PreviewRows).Select(e => new Line(e.CreditCode!, e.Name!, e.RegionCode!, e.Equipment?.Count ?? 0)).ToList()
                : [];
            return Outcome<Result>.Ok(new Result(import.Id, import.FileName, WireValue.Of(import.State), import.Total, import.Created, import.Updated,
                import.Done, import.Failed, problems, preview));
        }
    }
}
