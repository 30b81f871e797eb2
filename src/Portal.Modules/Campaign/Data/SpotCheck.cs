using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Campaign.Data;

/// <summary>
/// The city's on-site review of the counties' inspections (现场抽查复核, seed 000_6ff842427b64bf71.txt 五(三)3): the
/// sample the portal drew, and everything needed to draw it again — the candidates in order, the seed, the focus.
/// </summary>
public sealed class SpotCheck
{
    public int Id { get; set; }
    public int Year { get; set; }
    public int UnitId { get; set; }

    /// <summary>The area drawn over and everything below it.</summary>
    public required string RegionCode { get; set; }
    public required string RegionPath { get; set; }
    public int Seed { get; set; }

    /// <summary>Industries and regions the reviewer named (重点行业、问题突出的区域), codes separated by commas; drawn first.</summary>
    public string? FocusIndustries { get; set; }
    public string? FocusRegions { get; set; }

    /// <summary>Every enterprise that could be drawn (ids, comma separated, ascending): the population the seed shuffles.</summary>
    public required string Candidates { get; set; }
    public int CandidateCount { get; set; }
    public int SampleSize { get; set; }

    public List<SpotCheckItem> Items { get; set; } = [];

    public required string DrawnBy { get; set; }
    public DateTime DrawnAt { get; set; }
}

/// <summary>One enterprise drawn: what the county found, and what the city found when it went itself.</summary>
public sealed class SpotCheckItem
{
    public int Id { get; set; }
    public int SpotCheckId { get; set; }

    /// <summary>Its place in the draw, from 1.</summary>
    public int Order { get; set; }
    public int EnterpriseId { get; set; }
    public required string EnterpriseCreditCode { get; set; }
    public required string EnterpriseName { get; set; }
    public required string EnterpriseRegionCode { get; set; }
    public required string IndustryCode { get; set; }

    /// <summary>The county's latest inspection of it that year, and whether it passed.</summary>
    public int InspectionId { get; set; }
    public bool CountyPassed { get; set; }

    public DateOnly? CheckedOn { get; set; }
    public bool? CityPassed { get; set; }
    public string? Finding { get; set; }
    public string? CheckedBy { get; set; }

    /// <summary>The city found otherwise than the county: listed for correction.</summary>
    public bool Disagrees => CityPassed is { } city && city != CountyPassed;
}

internal sealed class SpotCheckConfiguration : IEntityTypeConfiguration<SpotCheck>
{
    public void Configure(EntityTypeBuilder<SpotCheck> b)
    {
        b.ToTable("SpotChecks");
        b.Property(s => s.RegionCode).HasMaxLength(6);
        b.Property(s => s.RegionPath).HasMaxLength(64);
        b.Property(s => s.FocusIndustries).HasMaxLength(500);
        b.Property(s => s.FocusRegions).HasMaxLength(500);
        b.Property(s => s.DrawnBy).HasMaxLength(256);
        b.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.SpotCheckId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.Year, s.RegionPath });
    }
}

internal sealed class SpotCheckItemConfiguration : IEntityTypeConfiguration<SpotCheckItem>
{
    public void Configure(EntityTypeBuilder<SpotCheckItem> b)
    {
        b.ToTable("SpotCheckItems");
        b.Property(i => i.EnterpriseCreditCode).HasMaxLength(18);
        b.Property(i => i.EnterpriseName).HasMaxLength(128);
        b.Property(i => i.EnterpriseRegionCode).HasMaxLength(6);
        b.Property(i => i.IndustryCode).HasMaxLength(32);
        b.Property(i => i.Finding).HasMaxLength(1000);
        b.Property(i => i.CheckedBy).HasMaxLength(256);
        b.Ignore(i => i.Disagrees);
    }
}
