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

    /// <summary>
    /// A text search counts its newest this many matches exactly; beyond, the total is "more than" and the facets
    /// describe those newest matches (a lower bound rather than seconds of work for a two-character term).
    /// </summary>
    public int ExactCountLimit { get; set; } = 20_000;

    public int ReplayBatch { get; set; } = 500;

    /// <summary>Documents per transaction of a build: each is one FTS5 segment, merged once at the end.</summary>
    public int BuildBatch { get; set; } = 20_000;
}
