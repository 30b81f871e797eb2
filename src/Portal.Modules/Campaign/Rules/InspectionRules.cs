namespace Portal.Modules.Campaign.Rules;

/// <summary>How a year's inspections count when a county is summed up or spot-checked.</summary>
public static class InspectionRules
{
    /// <summary>
    /// An enterprise inspected again in a year stands by its latest inspection (the later date, then the later record):
    /// 附表1 lists each enterprise once (seed 000_6ff842427b64bf71.txt 五(三)2 "做到底数清晰"), and the city checks what the
    /// county found last.
    /// </summary>
    public static List<T> LatestPerEnterprise<T>(IEnumerable<T> inspections, Func<T, int> enterprise, Func<T, DateOnly> inspectedOn, Func<T, int> id) =>
        [.. inspections.GroupBy(enterprise).Select(g => g.OrderByDescending(inspectedOn).ThenByDescending(id).First())];
}
