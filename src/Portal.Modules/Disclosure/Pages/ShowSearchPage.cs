using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;
using Portal.Modules.Disclosure.Announcements;
using Portal.Modules.Disclosure.Enterprises;

namespace Portal.Modules.Disclosure.Pages;

/// <summary>
/// /search: results across the lists, the register's enterprises the text names shown first; a registered
/// enterprise's credit code goes straight to its page.
/// </summary>
public static class ShowSearchPage
{
    public const int EnterprisesShown = 5;

    public sealed record Page(
        ListAnnouncements.Query Query,
        ListAnnouncements.Result? Result,
        IReadOnlyDictionary<string, string[]> Errors,
        IReadOnlyList<Region> RegionTrail,
        IReadOnlyDictionary<string, string> RegionNames,
        IReadOnlyDictionary<string, string> IndustryNames)
    {
        /// <summary>Enterprises of the register the text names, shown before the announcements.</summary>
        public SearchEnterprises.Result? Enterprises { get; init; }

        /// <summary>The enterprise whose credit code was searched for: its page answers instead.</summary>
        public string? EnterpriseCode { get; init; }
    }

    public sealed class Handler(ListAnnouncements.Handler lists, SearchEnterprises.Handler register, PageLookups lookups, PortalDbContext db)
    {
        public async Task<Page> HandleAsync(ListAnnouncements.Query query, IReadOnlyDictionary<string, string[]> bindingErrors, CancellationToken cancellationToken)
        {
            var outcome = await lists.HandleAsync(query, cancellationToken);
            if (outcome.Value is { CreditCode: { } code } && await db.Enterprises.AnyAsync(e => e.CreditCode == code, cancellationToken))
            {
                return new Page(query, null, new Dictionary<string, string[]>(), [], new Dictionary<string, string>(), new Dictionary<string, string>()) { EnterpriseCode = code };
            }
            var errors = FieldErrors.Merge(outcome.Errors, bindingErrors);
            var names = await lookups.ForAsync(query.Region, cancellationToken);
            return new Page(query, errors.Count > 0 ? null : outcome.Value, errors, names.RegionTrail, names.RegionNames, names.IndustryNames)
            {
                Enterprises = errors.Count > 0 || string.IsNullOrWhiteSpace(query.Q) ? null
                    : (await register.HandleAsync(new SearchEnterprises.Query { Q = query.Q, Region = query.Region, Industry = query.Industry, PageSize = EnterprisesShown }, cancellationToken)).Value,
            };
        }
    }
}
