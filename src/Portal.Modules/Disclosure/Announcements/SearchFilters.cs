using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>The filters the public lists and the register share, checked the same way with the same Chinese answers.</summary>
public static class SearchFilters
{
    /// <summary>The region a <c>region</c> parameter names (its subtree is searched), or null with an error when it names none.</summary>
    public static Region? Region(string? code, RegionTree tree, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var region = tree.Find(code.Trim());
        if (region is null)
        {
            errors.Add("region", string.Format(CoreText.UnknownRegion, code));
        }
        return region;
    }

    /// <summary>The industry code of an <c>industry</c> parameter; an unknown one is an error listing the known codes.</summary>
    public static async Task<string?> IndustryAsync(string? code, NameDirectory names, PortalDbContext db, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var industry = code.Trim();
        if (!(await names.GetAsync(cancellationToken)).Industries.ContainsKey(industry))
        {
            var known = await db.Industries.OrderBy(i => i.SortOrder).Select(i => i.Code).ToListAsync(cancellationToken);
            errors.Add("industry", string.Format(CoreText.UnknownIndustry, industry, string.Join("、", known)));
        }
        return industry;
    }
}
