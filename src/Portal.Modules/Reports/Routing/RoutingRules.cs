using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Routing;

/// <summary>The rules as the administrator sees and edits them: every category, its department kind, and whether the industry's lead department takes over.</summary>
public sealed record RoutingRuleRow(string Category, string CategoryName, string Department, bool FollowIndustryLead);

public static class GetRoutingRules
{
    public sealed class Handler(PortalDbContext db)
    {
        public async Task<IReadOnlyList<RoutingRuleRow>> HandleAsync(CancellationToken cancellationToken)
        {
            var stored = await db.RoutingRules().AsNoTracking().ToDictionaryAsync(r => r.Category, cancellationToken);
            return ReportRouter.DefaultRules()
                .Select(d => stored.GetValueOrDefault(d.Category) ?? d)
                .Select(r => new RoutingRuleRow(WireValue.Of(r.Category), ReportWords.Category(r.Category), r.DepartmentKindCode, r.FollowIndustryLead))
                .ToList();
        }
    }
}

/// <summary>Replaces the rules; the next routing sweep uses them. Reports already routed stay where they are.</summary>
public static class SaveRoutingRules
{
    public sealed record Rule(string? Category, string? Department, bool FollowIndustryLead);

    public sealed class Handler(PortalDbContext db, DepartmentDirectory departments)
    {
        public async Task<Outcome<IReadOnlyList<RoutingRuleRow>>> HandleAsync(IReadOnlyList<Rule> rules, CancellationToken cancellationToken)
        {
            var kinds = (await departments.KindsAsync(cancellationToken)).Select(k => k.Code).ToHashSet();
            var errors = new ValidationErrors();
            var parsed = new Dictionary<ReportCategory, Rule>();
            for (var i = 0; i < rules.Count; i++)
            {
                var rule = rules[i];
                var category = errors.Enum<ReportCategory>(rule.Category, $"rules[{i}].category", ReportsText.Category);
                if (rule.Department is null || !kinds.Contains(rule.Department))
                {
                    errors.Add($"rules[{i}].department", string.Format(ReportsText.UnknownDepartment, rule.Department));
                }
                if (category is { } c && !parsed.TryAdd(c, rule))
                {
                    errors.Add($"rules[{i}].category", string.Format(ReportsText.RuleTwice, ReportWords.Category(c)));
                }
            }
            if (!errors.IsEmpty)
            {
                return Outcome<IReadOnlyList<RoutingRuleRow>>.Invalid(errors);
            }
            var stored = await db.RoutingRules().ToDictionaryAsync(r => r.Category, cancellationToken);
            foreach (var (category, rule) in parsed)
            {
                if (!stored.TryGetValue(category, out var row))
                {
                    row = new RoutingRule { Category = category, DepartmentKindCode = rule.Department! };
                    db.RoutingRules().Add(row);
                }
                row.DepartmentKindCode = rule.Department!;
                row.FollowIndustryLead = rule.FollowIndustryLead;
            }
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<IReadOnlyList<RoutingRuleRow>>.Ok(await new GetRoutingRules.Handler(db).HandleAsync(cancellationToken));
        }
    }
}
