using Portal.Modules.Campaign.Rules;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Ledgers;

/// <summary>
/// 附表1–4 of a region for a reporting period as they stand now (GET /api/v1/ledgers/{period}, <c>.xlsx</c> for the
/// workbook, <c>/{table}.csv</c> for one table): the county's own, a city's summing its counties, a province's its cities.
/// </summary>
public static class GetLedgers
{
    public sealed record Query(string? RegionCode);

    public sealed record Table(int Number, string Name, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows, IReadOnlyList<string?> Totals);

    public sealed record Result(string Period, string PeriodLabel, int Year, string RegionCode, string RegionName, DateOnly AsOf, IReadOnlyList<Table> Tables);

    /// <summary>A file to download: an ASCII name for old clients and the Chinese one for the rest.</summary>
    public sealed record Download(string FileName, string DownloadName, string ContentType, byte[] Content);

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed class Handler(LedgerBuilder builder, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(string period, Query query, StaffContext actor, CancellationToken cancellationToken)
        {
            var built = await BuildAsync(period, query, actor, cancellationToken);
            return built.Succeeded ? Outcome<Result>.Ok(Shape(built.Value!)) : built.Cast<Result>();
        }

        public async Task<Outcome<Download>> WorkbookAsync(string period, Query query, StaffContext actor, CancellationToken cancellationToken)
        {
            var built = await BuildAsync(period, query, actor, cancellationToken);
            if (!built.Succeeded)
            {
                return built.Cast<Download>();
            }
            var ledgers = built.Value!;
            var unitName = actor.Unit.RegionCode == ledgers.RegionCode ? actor.Unit.Name : string.Format(CampaignText.LedgerViewedBy, actor.Unit.Name);
            return Outcome<Download>.Ok(new Download(
                $"ledgers-{ledgers.RegionCode}-{ledgers.PeriodKey}.xlsx",
                string.Format(CampaignText.LedgerDownloadName, ledgers.RegionName, ledgers.PeriodLabel) + ".xlsx",
                XlsxType,
                LedgerWorkbook.Write(ledgers, unitName)));
        }

        public async Task<Outcome<Download>> CsvAsync(string period, int table, Query query, StaffContext actor, CancellationToken cancellationToken)
        {
            if (table is < 1 or > 4)
            {
                return Outcome<Download>.NotFound(string.Format(CampaignText.LedgerTableNotFound, table));
            }
            var built = await BuildAsync(period, query, actor, cancellationToken);
            if (!built.Succeeded)
            {
                return built.Cast<Download>();
            }
            var ledgers = built.Value!;
            var chosen = ledgers.Tables[table - 1];
            var columns = chosen.Columns.Select((c, i) => (c.Title, (Func<object?[], string?>)(row => LedgerTable.Text(row[i])))).ToList();
            var content = await CsvTable.WriteAsync(chosen.Rows, columns, cancellationToken);
            return Outcome<Download>.Ok(new Download(
                $"ledger{table}-{ledgers.RegionCode}-{ledgers.PeriodKey}.csv",
                $"{ledgers.RegionName}{ledgers.PeriodLabel}{chosen.Title}.csv",
                "text/csv; charset=utf-8",
                content));
        }

        private async Task<Outcome<LedgerSet>> BuildAsync(string period, Query query, StaffContext actor, CancellationToken cancellationToken)
        {
            if (!CampaignCalendar.TryParse(period, out var reporting))
            {
                return Outcome<LedgerSet>.Invalid(new ValidationErrors().Add("period", string.Format(CampaignText.UnknownPeriod, period)));
            }
            var regionCode = string.IsNullOrWhiteSpace(query.RegionCode) ? actor.Unit.RegionCode : query.RegionCode.Trim();
            if (actor.Regions.Find(regionCode) is not { } region)
            {
                return Outcome<LedgerSet>.Invalid(new ValidationErrors().Add("regionCode", string.Format(CoreText.UnknownRegion, regionCode)));
            }
            if (!actor.Oversees(regionCode))
            {
                return Outcome<LedgerSet>.Forbidden(string.Format(CampaignText.RegionOutsideArea, region.Name));
            }
            return Outcome<LedgerSet>.Ok(await builder.BuildAsync(region, actor.Regions, reporting, ChinaTime.Today(clock), cancellationToken));
        }

        private static Result Shape(LedgerSet ledgers) => new(ledgers.PeriodKey, ledgers.PeriodLabel, ledgers.Year, ledgers.RegionCode, ledgers.RegionName, ledgers.AsOf,
            [.. ledgers.Tables.Select(t => new Table(t.Number, t.Name, t.Title, [.. t.Columns.Select(c => c.Title)],
                [.. t.Rows.Select(r => (IReadOnlyList<string?>)[.. r.Select(LedgerTable.Text)])],
                [.. t.Totals().Select(LedgerTable.Text)]))]);
    }
}
