using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Campaign.Data;

public enum SubmissionStatus
{
    /// <summary>Sent up; the level above has not decided.</summary>
    Submitted,

    /// <summary>Sent back with reasons; the unit corrects and submits again.</summary>
    Returned,

    /// <summary>Accepted: frozen, its workbook kept as it was sent, and the period's obligation met.</summary>
    Accepted,
}

/// <summary>Why a submission goes back (seed 000_6ff842427b64bf71.txt, 五(三)3 材料核查).</summary>
public enum ReturnReason
{
    /// <summary>缺漏项: items missing or not checked.</summary>
    Incomplete,

    /// <summary>判定依据不充分.</summary>
    BasisUnclear,

    /// <summary>处置意见不清晰不准确.</summary>
    DisposalUnclear,

    Other,
}

/// <summary>
/// One unit's four ledgers for one reporting period, sent up to the level above as one workbook (以WPS表格报送, seed 000
/// 五(三)2; the quarterly updates in 六). Every attempt is its own row, so a returned one stays readable with its reasons.
/// </summary>
public sealed class LedgerSubmission
{
    public int Id { get; set; }
    public required string Period { get; set; }
    public int Year { get; set; }
    public int UnitId { get; set; }
    public required string UnitName { get; set; }
    public required string RegionCode { get; set; }
    public required string RegionPath { get; set; }
    public SubmissionStatus Status { get; set; }

    /// <summary>The workbook exactly as generated when it was submitted, and its SHA-256 (hex) so anyone can tell it is unchanged.</summary>
    public required byte[] Workbook { get; set; }
    public required string Sha256 { get; set; }
    public required string FileName { get; set; }

    public required string SubmittedBy { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public DateTime SubmittedAt { get; set; }

    public int? ReviewerUnitId { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedAt { get; set; }

    /// <summary>The reasons it went back, as wire values separated by commas, and the reviewer's notes.</summary>
    public string? ReturnReasons { get; set; }
    public string? ReviewNote { get; set; }
}

internal sealed class LedgerSubmissionConfiguration : IEntityTypeConfiguration<LedgerSubmission>
{
    public void Configure(EntityTypeBuilder<LedgerSubmission> b)
    {
        b.ToTable("LedgerSubmissions");
        b.Property(s => s.Period).HasMaxLength(16);
        b.Property(s => s.UnitName).HasMaxLength(128);
        b.Property(s => s.RegionCode).HasMaxLength(6);
        b.Property(s => s.RegionPath).HasMaxLength(64);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Sha256).HasMaxLength(64);
        b.Property(s => s.FileName).HasMaxLength(200);
        b.Property(s => s.SubmittedBy).HasMaxLength(256);
        b.Property(s => s.ReviewedBy).HasMaxLength(256);
        b.Property(s => s.ReturnReasons).HasMaxLength(100);
        b.Property(s => s.ReviewNote).HasMaxLength(2000);
        b.HasIndex(s => new { s.Period, s.UnitId }).IsUnique().HasFilter("\"Status\" <> 'Returned'");
        b.HasIndex(s => new { s.Period, s.RegionPath });
    }
}
