using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;
using Portal.Modules.Disclosure.Announcements;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.Pages;

/// <summary>/lists/{list}: one list with its filters, and on the yellow list which enterprises are still on it.</summary>
public static class ShowListPage
{
    public sealed record Option(string Value, string Label);

    public sealed record Page(
        ListDefinition List,
        ListAnnouncements.Query Query,
        ListAnnouncements.Result? Result,
        IReadOnlyDictionary<string, string[]> Errors,
        IReadOnlyList<Region> RegionTrail,
        IReadOnlyList<Option> Regions,
        IReadOnlyList<Option> Industries,
        IReadOnlyDictionary<string, string> RegionNames,
        IReadOnlyDictionary<string, string> IndustryNames,
        ISet<int> StillOnYellowList);

    public sealed class Handler(ListAnnouncements.Handler lists, PageLookups lookups, PortalDbContext db, TimeProvider clock)
    {
        /// <param name="bindingErrors">What could not be read from the address (a year that is not a number), shown with the rest.</param>
        /// <returns>The page, or null when there is no such list.</returns>
        public async Task<Page?> HandleAsync(string list, ListAnnouncements.Query query, IReadOnlyDictionary<string, string[]> bindingErrors, CancellationToken cancellationToken)
        {
            if (!ListDefinitions.TryParse(list, out var definition))
            {
                return null;
            }
            var outcome = await lists.HandleAsync(query with { List = definition.Wire }, cancellationToken);
            var errors = FieldErrors.Merge(outcome.Errors, bindingErrors);
            var names = await lookups.ForAsync(query.Region, cancellationToken);
            var onYellow = new HashSet<int>();
            if (definition.IsYellowList && outcome.Value is { } result)
            {
                var ids = result.Items.Select(i => i.Id).ToList();
                onYellow = [.. await YellowList.Current(db, clock.GetUtcNow().UtcDateTime).Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken)];
            }
            var industries = await db.Industries.AsNoTracking().OrderBy(i => i.SortOrder).Select(i => new Option(i.Code, i.Name)).ToListAsync(cancellationToken);
            return new Page(
                definition,
                query,
                outcome.Value,
                errors,
                names.RegionTrail,
                [.. names.Tree.All.OrderBy(r => r.Path, StringComparer.Ordinal).Select(r => new Option(r.Code, new string('　', (int)r.Level - 1) + r.Name))],
                industries,
                names.RegionNames,
                names.IndustryNames,
                onYellow);
        }
    }
}
