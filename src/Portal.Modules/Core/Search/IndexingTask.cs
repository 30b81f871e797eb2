namespace Portal.Modules.Core.Search;

/// <summary>
/// An entity whose changes the search index must follow. <see cref="Data.PortalDbContext"/> writes an
/// <see cref="IndexingTask"/> for each document an added, changed or deleted one affects, in the same transaction as
/// the change itself, so no change can reach the database without reaching the task log.
/// </summary>
public interface ISearchable
{
    /// <summary>The documents built from this entity: its own, and any other that shows something of it.</summary>
    IEnumerable<SearchKey> SearchKeys { get; }
}

/// <summary>A document of the index: its kind (<see cref="ISearchDocumentSource.Kind"/>) and id.</summary>
public readonly record struct SearchKey(string Kind, int Id);

/// <summary>
/// One entry of the append-only log each node's search index replays from its own cursor (docs/architecture.md,
/// "How data flows"). It names the document only: a replay re-reads the document's current state.
/// </summary>
public sealed class IndexingTask
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public int DocumentId { get; set; }

    /// <summary>Wall-clock time of the write, used only to decide when a gap in the ids is a rolled-back write rather than one still committing.</summary>
    public DateTime CreatedAt { get; set; }
}
