using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Industries;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Core.Seeding;

/// <summary>
/// Reference data every installation needs, loaded at start and safe to run on every start and on two nodes
/// at once: it only adds what is missing and never overwrites what an administrator changed.
/// </summary>
public sealed class ReferenceData(PortalDbContext db, RegionLoader regionLoader, RegionDirectory regions, TimeProvider clock)
{
    public static readonly DepartmentKind[] Kinds =
    [
        new() { Code = DepartmentKinds.Industry, ShortName = "工信", ProvinceSuffix = "工业和信息化厅", CitySuffix = "工业和信息化局", CountySuffix = "工业和信息化局", SortOrder = 1 },
        new() { Code = DepartmentKinds.Development, ShortName = "发改", ProvinceSuffix = "发展和改革委员会", CitySuffix = "发展和改革委员会", CountySuffix = "发展和改革局", SortOrder = 2 },
        new() { Code = DepartmentKinds.Energy, ShortName = "能源", ProvinceSuffix = "能源局", CitySuffix = "能源局", CountySuffix = "能源局", SortOrder = 3 },
        new() { Code = DepartmentKinds.Environment, ShortName = "生态环境", ProvinceSuffix = "生态环境厅", CitySuffix = "生态环境局", CountySuffix = "生态环境局", SortOrder = 4 },
        new() { Code = DepartmentKinds.Market, ShortName = "市场监管", ProvinceSuffix = "市场监督管理厅", CitySuffix = "市场监督管理局", CountySuffix = "市场监督管理局", SortOrder = 5 },
        new() { Code = DepartmentKinds.Emergency, ShortName = "应急管理", ProvinceSuffix = "应急管理厅", CitySuffix = "应急管理局", CountySuffix = "应急管理局", SortOrder = 6 },
        new() { Code = DepartmentKinds.NaturalResources, ShortName = "自然资源", ProvinceSuffix = "自然资源厅", CitySuffix = "自然资源局", CountySuffix = "自然资源局", SortOrder = 7 },
        new() { Code = DepartmentKinds.Government, ShortName = "人民政府", ProvinceSuffix = "人民政府", CitySuffix = "人民政府", CountySuffix = "人民政府", SortOrder = 8 },
    ];

    /// <summary>
    /// The key industries everywhere, and those 迪庆 adds (004_be15973da87228dd.txt); coal and power are led by
    /// 发改/能源, manufacturing by 工信 (000_6ff842427b64bf71.txt).
    /// </summary>
    public static readonly Industry[] KeyIndustries =
    [
        new() { Code = "steel", Name = "钢铁", LeadDepartmentKind = DepartmentKinds.Industry, SortOrder = 1 },
        new() { Code = "coal", Name = "煤炭", LeadDepartmentKind = DepartmentKinds.Energy, SortOrder = 2 },
        new() { Code = "cement", Name = "水泥", LeadDepartmentKind = DepartmentKinds.Industry, SortOrder = 3 },
        new() { Code = "electrolytic-aluminium", Name = "电解铝", LeadDepartmentKind = DepartmentKinds.Industry, SortOrder = 4 },
        new() { Code = "flat-glass", Name = "平板玻璃", LeadDepartmentKind = DepartmentKinds.Industry, SortOrder = 5 },
        new() { Code = "ferroalloy", Name = "铁合金", LeadDepartmentKind = DepartmentKinds.Industry, SortOrder = 6 },
        new() { Code = "calcium-carbide", Name = "电石", LeadDepartmentKind = DepartmentKinds.Industry, SortOrder = 7 },
        new() { Code = "coking", Name = "焦化", LeadDepartmentKind = DepartmentKinds.Industry, SortOrder = 8 },
        new() { Code = "nonferrous-metals", Name = "有色金属", LeadDepartmentKind = DepartmentKinds.Industry, SortOrder = 9 },
        new() { Code = "yellow-phosphorus", Name = "黄磷", LeadDepartmentKind = DepartmentKinds.Industry, SortOrder = 10 },
        new() { Code = "power", Name = "电力", LeadDepartmentKind = DepartmentKinds.Energy, SortOrder = 11 },
    ];

    /// <summary>Counties have no energy bureau of their own; a matter for one climbs to the city's.</summary>
    private static bool UnitExists(string kind, RegionLevel level) => !(kind == DepartmentKinds.Energy && level == RegionLevel.County);

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        await using (var stream = Resource("Regions.Data.regions.csv"))
        {
            await regionLoader.LoadAsync(RegionFile.Parse(stream), cancellationToken);
        }
        await AddMissingAsync(db.DepartmentKinds, Kinds, k => k.Code, cancellationToken);
        await AddMissingAsync(db.Industries, KeyIndustries, i => i.Code, cancellationToken);
        await EnsureUnitsAsync(cancellationToken);
        await EnsureCalendarAsync(cancellationToken);
    }

    private async Task AddMissingAsync<T>(DbSet<T> set, IEnumerable<T> items, Func<T, string> key, CancellationToken cancellationToken) where T : class
    {
        var present = (await set.AsNoTracking().ToListAsync(cancellationToken)).Select(key).ToHashSet(StringComparer.Ordinal);
        set.AddRange(items.Where(i => !present.Contains(key(i))));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsureUnitsAsync(CancellationToken cancellationToken)
    {
        var tree = await regions.GetAsync(cancellationToken);
        var kinds = await db.DepartmentKinds.AsNoTracking().ToListAsync(cancellationToken);
        var present = (await db.DepartmentUnits.AsNoTracking().Select(u => new { u.RegionCode, u.KindCode }).ToListAsync(cancellationToken))
            .Select(u => (u.RegionCode, u.KindCode)).ToHashSet();
        foreach (var region in tree.All.OrderBy(r => r.Path, StringComparer.Ordinal))
        {
            foreach (var kind in kinds.Where(k => UnitExists(k.Code, region.Level) && !present.Contains((region.Code, k.Code))))
            {
                db.DepartmentUnits.Add(new DepartmentUnit { RegionCode = region.Code, KindCode = kind.Code, Name = UnitNaming.NameOf(kind, region, tree) });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsureCalendarAsync(CancellationToken cancellationToken)
    {
        var entered = (await db.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken)).ToHashSet();
        await using var stream = Resource("Calendar.Data.holidays.txt");
        using var reader = new StreamReader(stream);
        foreach (var notice in HolidayNoticeParser.ParseMany(reader).Where(n => !entered.Contains(n.Year)))
        {
            db.CalendarDays.AddRange(notice.Days());
            db.CalendarYears.Add(new CalendarYear
            {
                Year = notice.Year,
                Source = string.Format(CoreText.CalendarNoticeSource, notice.Year),
                UpdatedAt = clock.GetUtcNow().UtcDateTime,
                UpdatedBy = CoreText.SystemActor,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Stream Resource(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceStream($"{assembly.GetName().Name}.{name}")
            ?? throw new InvalidOperationException($"missing embedded resource {name}");
    }
}
