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
public sealed class Inspection
{
    public int Id { get; set; }
    public int Year { get; set; }

    public int EnterpriseId { get; set; }

    /// <summary>The enterprise as it stood when inspected; the record does not change when the register does.</summary>
    public required string EnterpriseCreditCode { get; set; }
    public required string EnterpriseName { get; set; }
    public required string EnterpriseRegionCode { get; set; }
    public required string EnterpriseRegionPath { get; set; }
    public required string IndustryCode { get; set; }

    /// <summary>The inspecting unit and its region.</summary>
    public int UnitId { get; set; }
    public required string RegionCode { get; set; }

    public DateOnly InspectedOn { get; set; }
    public required string Inspectors { get; set; }

    /// <summary>现场处置: what was ordered on the spot (stop production, seal equipment…), if anything.</summary>
    public string? Disposal { get; set; }

    public List<InspectionItem> Items { get; set; } = [];

    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }

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
        b.Property(i => i.EnterpriseCreditCode).HasMaxLength(18);
        b.Property(i => i.EnterpriseName).HasMaxLength(128);
        b.Property(i => i.EnterpriseRegionCode).HasMaxLength(6);
        b.Property(i => i.EnterpriseRegionPath).HasMaxLength(64);
        b.Property(i => i.IndustryCode).HasMaxLength(32);
        b.Property(i => i.RegionCode).HasMaxLength(6);
        b.Property(i => i.Inspectors).HasMaxLength(200);
        b.Property(i => i.Disposal).HasMaxLength(1000);
        b.Property(i => i.CreatedBy).HasMaxLength(256);
        b.Ignore(i => i.Passed);
        b.HasMany(i => i.Items).WithOne().HasForeignKey(i => i.InspectionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => new { i.Year, i.EnterpriseRegionPath });
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
