using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Modules.Core.Data;

namespace Portal.Jobs;

/// <summary>
/// One run of a portal job as the administrators read it: when, on which node, what it did. Kept in the portal's own
/// database rather than in Hangfire's storage, which forgets a succeeded job after a day and, on the single node,
/// lives in memory.
/// </summary>
public sealed class JobRun
{
    public long Id { get; set; }
    public required string Name { get; set; }

    /// <summary><see cref="JobTriggers"/>: the schedule or a person.</summary>
    public required string Trigger { get; set; }

    public required string Node { get; set; }

    /// <summary>Hangfire's id of the job, so that "run now" finds the run it asked for.</summary>
    public string? HangfireJobId { get; set; }

    public DateTime StartedAt { get; set; }
    public long DurationMs { get; set; }

    /// <summary><c>succeeded</c>, <c>skipped</c>, <c>failed</c> or <c>cancelled</c>.</summary>
    public required string Result { get; set; }

    public string? Summary { get; set; }
    public string? Error { get; set; }
}

public static class JobTriggers
{
    public const string Schedule = "schedule";
    public const string Manual = "manual";
}

public static class JobsData
{
    public static DbSet<JobRun> JobRuns(this PortalDbContext db) => db.Set<JobRun>();
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> b)
    {
        b.ToTable("JobRuns");
        b.Property(r => r.Name).HasMaxLength(32);
        b.Property(r => r.Trigger).HasMaxLength(16);
        b.Property(r => r.Node).HasMaxLength(128);
        b.Property(r => r.HangfireJobId).HasMaxLength(64);
        b.Property(r => r.Result).HasMaxLength(16);
        b.Property(r => r.Summary).HasMaxLength(500);
        b.Property(r => r.Error).HasMaxLength(1000);
        b.HasIndex(r => new { r.Name, r.Id });
        b.HasIndex(r => r.HangfireJobId);
    }
}
