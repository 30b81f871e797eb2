using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Campaign.Data;

/// <summary>What the county decides for an enterprise with a problem (seed 000_6ff842427b64bf71.txt, 五(三)2 and 五(四)).</summary>
public enum TargetKind
{
    /// <summary>整改: bring it up to the standard.</summary>
    Rectify,

    /// <summary>淘汰: take the backward equipment or capacity out.</summary>
    Eliminate,

    /// <summary>关闭: close the enterprise.</summary>
    Close,

    /// <summary>转型升级: move to other products or processes, with help.</summary>
    Transform,
}

/// <summary>The level of government that must solve a help task (解决层级（省市县）, seed 000 五(四)3).</summary>
public enum HelpLevel
{
    Province,
    City,
    County,
}

/// <summary>
/// Who wrote a campaign record and which enterprise it is about, as the enterprise stood when it was written: the
/// ledgers of past years do not change when the register does. Filled by <see cref="Common.EnterpriseInArea.Stamp"/>.
/// </summary>
public abstract class EnterpriseRecord
{
    public int Id { get; set; }
    public int Year { get; set; }
    public int EnterpriseId { get; set; }
    public string EnterpriseCreditCode { get; set; } = string.Empty;
    public string EnterpriseName { get; set; } = string.Empty;
    public string EnterpriseRegionCode { get; set; } = string.Empty;
    public string EnterpriseRegionPath { get; set; } = string.Empty;
    public string IndustryCode { get; set; } = string.Empty;

    /// <summary>The writing unit and its region.</summary>
    public int UnitId { get; set; }
    public string RegionCode { get; set; } = string.Empty;

    public string CreatedBy { get; set; } = string.Empty;
    public DateTime CreatedAt { get; set; }
}

/// <summary>A row of the county's plan, with where it stands.</summary>
public abstract class CampaignRecord : EnterpriseRecord
{
    /// <summary>进展情况: the latest word on it, and the day it was written.</summary>
    public string? Progress { get; set; }
    public DateOnly? ProgressOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// A row of 附表3 整改及退出台账: an enterprise's target, the way there, the deadline and the responsible department
/// (seed 000_6ff842427b64bf71.txt, 五(三)2 "明确目标任务、时限要求和责任部门，编制《整改及退出台账》").
/// </summary>
public sealed class Target : CampaignRecord
{
    /// <summary>The inspection the problem was found in, where there is one.</summary>
    public int? InspectionId { get; set; }
    public required string Problem { get; set; }
    public TargetKind Kind { get; set; }
    public required string Path { get; set; }
    public DateOnly DueOn { get; set; }
    public required string ResponsibleDepartment { get; set; }
}

/// <summary>
/// A row of 附表4 帮扶任务清单: what the government helps an enterprise with, at which level, by whom and how (seed 000
/// 五(四)3 "需要政府帮助解决的事项、解决层级（省市县）、工作措施").
/// </summary>
public sealed class HelpTask : CampaignRecord
{
    public required string Matter { get; set; }
    public HelpLevel Level { get; set; }
    public required string ResponsibleDepartment { get; set; }
    public required string Measures { get; set; }
    public DateOnly? DueOn { get; set; }
}

internal static class EnterpriseRecordColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> b) where T : EnterpriseRecord
    {
        b.Property(r => r.EnterpriseCreditCode).HasMaxLength(18);
        b.Property(r => r.EnterpriseName).HasMaxLength(128);
        b.Property(r => r.EnterpriseRegionCode).HasMaxLength(6);
        b.Property(r => r.EnterpriseRegionPath).HasMaxLength(64);
        b.Property(r => r.IndustryCode).HasMaxLength(32);
        b.Property(r => r.RegionCode).HasMaxLength(6);
        b.Property(r => r.CreatedBy).HasMaxLength(256);
        b.HasIndex(r => new { r.Year, r.EnterpriseRegionPath });
    }
}

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> b)
    {
        b.ToTable("CampaignTargets");
        EnterpriseRecordColumns.Configure(b);
        b.Property(t => t.Progress).HasMaxLength(1000);
        b.Property(t => t.Problem).HasMaxLength(500);
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Path).HasMaxLength(1000);
        b.Property(t => t.ResponsibleDepartment).HasMaxLength(100);
    }
}

internal sealed class HelpTaskConfiguration : IEntityTypeConfiguration<HelpTask>
{
    public void Configure(EntityTypeBuilder<HelpTask> b)
    {
        b.ToTable("CampaignHelpTasks");
        EnterpriseRecordColumns.Configure(b);
        b.Property(t => t.Progress).HasMaxLength(1000);
        b.Property(t => t.Matter).HasMaxLength(500);
        b.Property(t => t.Level).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.ResponsibleDepartment).HasMaxLength(100);
        b.Property(t => t.Measures).HasMaxLength(1000);
    }
}
