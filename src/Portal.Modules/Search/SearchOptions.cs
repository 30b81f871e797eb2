namespace Portal.Modules.Search;

/// <summary><c>Portal:Search:*</c>.</summary>
public sealed class SearchOptions
{
    public const string Section = "Portal:Search";

    /// <summary>How often a node looks for tasks written by other nodes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a gap in task ids may still be a transaction committing late (PostgreSQL) before it is skipped.</summary>
    public TimeSpan GapPatience { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>China Standard Time hour after which the nightly check of the index against the database runs.</summary>
    public int NightlyCheckHour { get; set; } = 3;

    /// <summary>A search on a node this many tasks behind or fewer replays them first, so an editor sees what was just published.</summary>
    public int CatchUpBeforeSearch { get; set; } = 500;

    /// <summary>How long a search trusts its last look at the task log when this node has committed nothing since: other nodes' changes are found within this.</summary>
    public TimeSpan LogCheckInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public int ReplayBatch { get; set; } = 500;

    /// <summary>Threads that analyse and add documents during a build (one more reads the database).</summary>
    public int BuildThreads { get; set; } = 2;

    /// <summary>Memory a build's writer fills before it writes a segment: larger means fewer merges, and more memory.</summary>
    public double BuildBufferMb { get; set; } = 128;
}
