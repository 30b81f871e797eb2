using Portal.Modules.Core.Common;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Regions;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.Subscriptions;

/// <summary>What a subscription covers: which announcements match it, and how it is named to its subscriber.</summary>
public static class SubscriptionScope
{
    /// <summary>The announcements it covers, with the meaning the public list filters give the same words (the region's whole subtree).</summary>
    public static IQueryable<Announcement> Matching(this IQueryable<Announcement> announcements, Subscription s)
    {
        if (s.List is { } wire && ListDefinitions.TryParse(wire, out var list))
        {
            announcements = announcements.Where(a => a.List == list.Key);
        }
        if (s.RegionPath is { } path)
        {
            announcements = announcements.Where(a => a.EnterpriseRegionPath.StartsWith(path));
        }
        if (s.IndustryCode is { } industry)
        {
            announcements = announcements.Where(a => a.IndustryCode == industry);
        }
        if (s.EnterpriseCreditCode is { } code)
        {
            announcements = announcements.Where(a => a.EnterpriseCreditCode == code);
        }
        return announcements;
    }

    /// <summary>"黄牌警示名单 · 吉林省四平市及下辖地区 · 水泥", in the current language; data stays as written.</summary>
    public static async Task<string> DescribeAsync(Subscription s, RegionTree tree, NameDirectory names, PortalDbContext db, CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        if (s.List is { } wire && ListDefinitions.TryParse(wire, out var list))
        {
            parts.Add(list.Name);
        }
        if (s.RegionCode is { } code && tree.Find(code) is not null)
        {
            parts.Add(string.Format(DisclosureText.SubscriptionRegionAndBelow, string.Concat(tree.Lineage(code).Select(r => r.Name))));
        }
        if (s.IndustryCode is { } industry)
        {
            parts.Add((await names.GetAsync(cancellationToken)).Industries.GetValueOrDefault(industry, industry));
        }
        if (s.EnterpriseCreditCode is { } creditCode)
        {
            var name = await db.Enterprises.AsNoTracking().Where(e => e.CreditCode == creditCode).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken);
            parts.Add(name is null ? creditCode : $"{name}（{creditCode}）");
        }
        return parts.Count == 0 ? DisclosureText.SubscriptionEverything : string.Join(" · ", parts);
    }

    /// <summary>The public list page that shows the same announcements, for the digest's "see all" link.</summary>
    public static string ListPath(Subscription s)
    {
        var query = Microsoft.AspNetCore.Http.QueryString.Create(new Dictionary<string, string?>
        {
            ["region"] = s.RegionCode,
            ["industry"] = s.IndustryCode,
            ["q"] = s.EnterpriseCreditCode,
        }.Where(p => p.Value is not null));
        return (s.List is { } list ? $"/lists/{list}" : "/search") + query;
    }
}
