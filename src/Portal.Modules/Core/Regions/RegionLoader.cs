using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Regions;

/// <summary>Upserts a parsed GB/T 2260 list: new regions are added, renamed or re-parented ones updated, none deleted
/// (announcements and reports keep pointing at codes that were later withdrawn).</summary>
public sealed class RegionLoader(PortalDbContext db, RegionDirectory directory)
{
    public async Task<int> LoadAsync(IReadOnlyList<RegionRecord> records, CancellationToken cancellationToken = default)
    {
        var existing = await db.Regions.ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, cancellationToken);
        var byCode = records.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var changed = 0;
        foreach (var record in records)
        {
            var path = PathOf(record.Code, byCode, existing);
            if (existing.TryGetValue(record.Code, out var region))
            {
                if (region.Name == record.Name && region.ParentCode == record.ParentCode && region.Path == path && region.Level == record.Level)
                {
                    continue;
                }
                region.Name = record.Name;
                region.ParentCode = record.ParentCode;
                region.Level = record.Level;
                region.Path = path;
            }
            else
            {
                db.Regions.Add(new Region { Code = record.Code, Name = record.Name, ParentCode = record.ParentCode, Level = record.Level, Path = path });
            }
            changed++;
        }
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return changed;
    }

    private static string PathOf(string code, Dictionary<string, RegionRecord> records, Dictionary<string, Region> existing)
    {
        var codes = new List<string>();
        var current = code;
        while (current is not null && codes.Count < 8)
        {
            codes.Insert(0, current);
            current = records.TryGetValue(current, out var record) ? record.ParentCode
                : existing.TryGetValue(current, out var region) ? region.ParentCode
                : null;
        }
        return "/" + string.Join('/', codes) + "/";
    }
}
