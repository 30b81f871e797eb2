using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Enterprises.Import;

/// <summary>
/// POST /backoffice/enterprises/import: an editor uploads the register as a spreadsheet. Every enterprise is checked as
/// if typed into the form (credit code and its check character, region within the editor's own, industry, equipment);
/// nothing is written yet. The editor sees what would be added and updated, and each refused row with its line and
/// problem in Chinese, then confirms.
/// </summary>
public static class PreviewEnterpriseImport
{
    public const long MaxBytes = 10L * 1024 * 1024;

    public sealed record Command(string? FileName, byte[]? Content);

    /// <summary>A refused enterprise: the sheet's lines it spans, its code as typed, and what is wrong.</summary>
    public sealed record Problem(int Line, string? CreditCode, IReadOnlyList<string> Messages);

    public sealed class Handler(PortalDbContext db, UpsertEnterprise.Validator validator, NameDirectory names, TimeProvider clock)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors();
            var fileName = Path.GetFileName(command.FileName?.Replace('\\', '/') ?? string.Empty);
            if (command.Content is not { Length: > 0 } content)
            {
                return Outcome<int>.Invalid(errors.Add("file", CoreText.ImportFileRequired));
            }
            if (content.Length > MaxBytes)
            {
                return Outcome<int>.Invalid(errors.Add("file", string.Format(CoreText.ImportTooLarge, MaxBytes / 1024 / 1024)));
            }
            var sheet = EnterpriseSheet.Read(fileName, content);
            if (sheet.Problem is not null)
            {
                return Outcome<int>.Invalid(errors.Add("file", sheet.Problem));
            }
            if (sheet.MissingColumns.Count > 0)
            {
                return Outcome<int>.Invalid(errors.Add("file", string.Format(CoreText.ImportMissingColumns, string.Join(CoreText.ListSeparator, sheet.MissingColumns))));
            }
            var industries = (await names.GetAsync(cancellationToken)).Industries;
            // A row without a code is more equipment of the enterprise above it; the same code further down adds to it too.
            var keys = new List<string>();
            foreach (var row in sheet.Rows)
            {
                keys.Add(row["creditCode"] is { } typed ? CreditCode.Check(typed) is { IsValid: true } c ? c.Normalized : typed.ToUpperInvariant()
                    : keys.Count > 0 ? keys[^1] : $"#{row.Line}");
            }
            var groups = sheet.Rows.Select((row, i) => (row, key: keys[i])).GroupBy(x => x.key, x => x.row).ToList();
            var codes = groups.Select(g => g.Key).ToList();
            var existing = new Dictionary<string, string>();
            foreach (var chunk in codes.Chunk(500))
            {
                foreach (var e in await db.Enterprises.AsNoTracking().Where(e => chunk.Contains(e.CreditCode)).Select(e => new { e.CreditCode, e.RegionCode }).ToListAsync(cancellationToken))
                {
                    existing[e.CreditCode] = e.RegionCode;
                }
            }
            var accepted = new List<UpsertEnterprise.Command>();
            var problems = new List<Problem>();
            var created = 0;
            foreach (var group in groups)
            {
                var rows = group.ToList();
                var first = rows[0];
                var equipmentRows = rows.Where(r => r["equipment.name"] is not null || r["equipment.quantity"] is not null || r["equipment.capacity"] is not null).ToList();
                var enterprise = new UpsertEnterprise.Command(
                    First(rows, "creditCode"), First(rows, "name"), First(rows, "address"), First(rows, "regionCode"),
                    IndustryCode(First(rows, "industry"), industries),
                    Wire<EnterpriseSize>(First(rows, "size"), CoreText.SizeName),
                    Wire<EnterpriseState>(First(rows, "state"), CoreText.StateName),
                    Wire<Ownership>(First(rows, "ownership"), CoreText.OwnershipName),
                    [.. equipmentRows.Select(r => new UpsertEnterprise.EquipmentInput(r["equipment.name"], r["equipment.model"],
                        int.TryParse(r["equipment.quantity"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null,
                        decimal.TryParse(r["equipment.capacity"], NumberStyles.Number, CultureInfo.InvariantCulture, out var c) ? c : null,
                        r["equipment.capacityUnit"]))]);
                var (found, code) = await validator.ValidateAsync(enterprise, cancellationToken);
                var messages = found.ToDictionary().SelectMany(e => e.Value.Select(m => LineOf(e.Key, first, equipmentRows) + m)).ToList();
                var region = enterprise.RegionCode?.Trim();
                if (messages.Count == 0 && !actor.IsIn(Roles.Admin)
                    && (!actor.Oversees(region!) || (existing.TryGetValue(code.Normalized, out var was) && !actor.Oversees(was))))
                {
                    messages.Add(string.Format(CoreText.EnterpriseOutsideRegion, actor.Unit.Name));
                }
                if (messages.Count > 0)
                {
                    problems.Add(new Problem(first.Line, first["creditCode"], messages));
                    continue;
                }
                accepted.Add(enterprise with { CreditCode = code.Normalized });
                created += existing.ContainsKey(code.Normalized) ? 0 : 1;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var import = new EnterpriseImport
            {
                CreatedBy = actor.UserName, CreatedAt = now, UpdatedAt = now, FileName = fileName.Length > 200 ? fileName[..200] : fileName, State = ImportState.Preview,
                Enterprises = JsonSerializer.Serialize(accepted), Problems = JsonSerializer.Serialize(problems),
                Total = accepted.Count, Created = created, Updated = accepted.Count - created,
            };
            db.EnterpriseImports().Add(import);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<int>.Created(import.Id);
        }

        private static string? First(List<EnterpriseSheet.Row> rows, string field) => rows.Select(r => r[field]).FirstOrDefault(v => v is not null);

        /// <summary>"第 5 行：" before a problem, the line of the equipment row for an equipment problem.</summary>
        private static string LineOf(string field, EnterpriseSheet.Row first, List<EnterpriseSheet.Row> equipmentRows)
        {
            var line = first.Line;
            if (field.StartsWith("equipment[", StringComparison.Ordinal)
                && int.TryParse(field.AsSpan(10, field.IndexOf(']') - 10), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i < equipmentRows.Count)
            {
                line = equipmentRows[i].Line;
            }
            return string.Format(CoreText.ImportLine, line);
        }

        /// <summary>An industry by its code (cement) or its name (水泥), as people type it.</summary>
        private static string? IndustryCode(string? value, IReadOnlyDictionary<string, string> industries) =>
            value is null ? null : industries.ContainsKey(value) ? value : industries.FirstOrDefault(i => i.Value == value).Key ?? value;

        /// <summary>A choice by its wire value (above-scale) or its Chinese name (规模以上); blank leaves the default.</summary>
        private static string? Wire<T>(string? value, Func<T, string> name) where T : struct, Enum =>
            value is null ? null
            : Enum.GetValues<T>().FirstOrDefault(v => name(v) == value) is var byName && name(byName) == value ? WireValue.Of(byName) : value;
    }
}
