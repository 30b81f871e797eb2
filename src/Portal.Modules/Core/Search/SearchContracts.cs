namespace Portal.Modules.Core.Search;

/// <summary>
/// A public document as the search index sees it: the values the lists filter and count on, and the texts to
/// search. <see cref="PublishAt"/> may lie in the future (a scheduled publication): the index keeps the document
/// and hides it until then, because nothing is written to the database when that moment comes.
/// </summary>
public sealed record SearchDocument(
    int Id,
    DateTime PublishAt,
    string List,
    string Stage,
    string Level,
    string RegionPath,
    string Industry,
    string? Dimension,
    string Department,
    DateOnly PublishedOn,
    string CreditCode,
    IReadOnlyList<string> ExactTerms,
    IReadOnlyList<string> Texts);

/// <summary>The module that owns a kind of document tells the index what is public now.</summary>
public interface ISearchDocumentSource
{
    string Kind { get; }

    /// <summary>The documents among <paramref name="ids"/> that are public or scheduled; an id left out is to leave the index.</summary>
    Task<IReadOnlyList<SearchDocument>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken);

    /// <summary>Every public or scheduled document, in id order, for a rebuild or a check.</summary>
    IAsyncEnumerable<SearchDocument> ReadAllAsync(CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}

public sealed record SearchRequest
{
    /// <summary>The kind of document asked for (<see cref="ISearchDocumentSource.Kind"/>).</summary>
    public required string Kind { get; init; }
    public string? Text { get; init; }
    public string? List { get; init; }
    public string? Stage { get; init; }
    public string? Level { get; init; }

    /// <summary>A region path ("/220000/220300/"): the region and everything below it.</summary>
    public string? RegionPath { get; init; }
    public string? Industry { get; init; }
    public string? Dimension { get; init; }
    public string? Department { get; init; }
    public string? CreditCode { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public bool NewestFirst { get; init; } = true;
    public string? Cursor { get; init; }
    public int PageSize { get; init; } = 20;
    public bool WithFacets { get; init; } = true;
    public required DateTime Now { get; init; }
}

/// <summary>Counts per facet value over all matches. Regions are counted by path one level below the chosen region.</summary>
public sealed record SearchFacets(
    IReadOnlyDictionary<string, int> List,
    IReadOnlyDictionary<string, int> Level,
    IReadOnlyDictionary<string, int> RegionPath,
    IReadOnlyDictionary<string, int> Industry,
    IReadOnlyDictionary<string, int> Dimension,
    IReadOnlyDictionary<int, int> Year)
{
    /// <summary>
    /// Counts per full region path rolled up one level below <paramref name="regionPath"/> (provinces when none).
    /// Paths are "/220000/220300/220303/": seven characters a level, so the next level down is a fixed-length prefix.
    /// </summary>
    public static IReadOnlyDictionary<string, int> RegionsBelow(string? regionPath, IEnumerable<(string Path, int Count)> counts)
    {
        var depth = regionPath is null ? 0 : regionPath.Count(c => c == '/') - 1;
        var prefix = depth >= 3 ? 0 : 1 + 7 * (depth + 1);
        var regions = new Dictionary<string, int>(StringComparer.Ordinal);
        if (prefix > 0)
        {
            foreach (var (path, count) in counts)
            {
                if (path.Length >= prefix)
                {
                    regions[path[..prefix]] = regions.GetValueOrDefault(path[..prefix]) + count;
                }
            }
        }
        return regions;
    }
}

/// <summary>One page of matches, newest first unless asked otherwise, with the exact total and facets of all matches and the terms to highlight in the original text.</summary>
public sealed record SearchPage(int Total, IReadOnlyList<int> Ids, string? NextCursor, SearchFacets? Facets, IReadOnlyList<string> HighlightTerms);

public enum SearchProblem
{
    None,
    NothingSearchable,
    BadCursor,
}

public sealed record SearchAnswer(SearchPage? Page, SearchProblem Problem)
{
    /// <summary>The index is missing, being built, or was built by another analyzer: the caller answers from the database.</summary>
    public static readonly SearchAnswer NotReady = new(null, SearchProblem.None);
}

/// <summary>The node's full-text index, as the modules that own documents query it.</summary>
public interface IFullTextSearch
{
    Task<SearchAnswer> SearchAsync(SearchRequest request, CancellationToken cancellationToken);
}
