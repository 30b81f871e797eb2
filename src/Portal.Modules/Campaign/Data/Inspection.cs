using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Campaign.Data;

/// <summary>What an item of an inspection is about: one of the five dimensions, or the legality of building and running (approvals, permits, licences).</summary>
public enum InspectionAspect
{
    Energy,
    Environment,
    Quality,
    Safety,
    Technology,
    Legality,
}

public enum InspectionResult
{
    Pass,
    Fail,
    NotApplicable,
}

/// <summary>
/// One on-site inspection (核查检查) of one enterprise in a campaign year, by the county's unit: who went, when, each
/// item checked with its result, and what was done on the spot. Seed 000_6ff842427b64bf71.txt, 五(三): counties inspect
/// every enterprise of the key industries themselves and record each item; the records feed 附表1 and 附表2.
/// </summary>
public sealed class Inspection : EnterpriseRecord
{
    public DateOnly InspectedOn { get; set; }
    public required string Inspectors { get; set; }

    /// <summary>现场处置: what was ordered on the spot (stop production, seal equipment…), if anything.</summary>
    public string? Disposal { get; set; }

    public List<InspectionItem> Items { get; set; } = [];

    /// <summary>Nothing failed: the enterprise is a candidate for the compliant list.</summary>
    public bool Passed => Items.All(i => i.Result != InspectionResult.Fail);
}

/// <summary>One thing checked: a measured value against its limit where there is one (e.g. 吨熟料综合能耗 112 against 117 kgce/t).</summary>
public sealed class InspectionItem
{
    public long Id { get; set; }
    public int InspectionId { get; set; }
    public int Order { get; set; }
    public InspectionAspect Aspect { get; set; }
    public required string Name { get; set; }
    public InspectionResult Result { get; set; }
    public decimal? Measured { get; set; }
    public decimal? Limit { get; set; }
    public string? Unit { get; set; }

    /// <summary>The standard or document the item is checked against (GB 16780-2021…).</summary>
    public string? Basis { get; set; }
    public string? Note { get; set; }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> b)
    {
        b.ToTable("Inspections");
        EnterpriseRecordColumns.Configure(b);
        b.Property(i => i.Inspectors).HasMaxLength(200);
        b.Property(i => i.Disposal).HasMaxLength(1000);
        b.Ignore(i => i.Passed);
        b.HasMany(i => i.Items).WithOne().HasForeignKey(i => i.InspectionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => new { i.Year, i.EnterpriseId });
    }
}

internal sealed class InspectionItemConfiguration : IEntityTypeConfiguration<InspectionItem>
{
    public void Configure(EntityTypeBuilder<InspectionItem> b)
    {
        b.ToTable("InspectionItems");
        b.Property(i => i.Aspect).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.Result).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.Name).HasMaxLength(200);
        b.Property(i => i.Measured).HasPrecision(18, 4);
        b.Property(i => i.Limit).HasPrecision(18, 4);
        b.Property(i => i.Unit).HasMaxLength(32);
        b.Property(i => i.Basis).HasMaxLength(200);
        b.Property(i => i.Note).HasMaxLength(500);
    }
}
