namespace Portal.Modules.Core.Search;

/// <summary>A piece of original text, marked when it matched a search term.</summary>
public sealed record TextSegment(string Text, bool Match);

/// <summary>
/// Marks search terms in the original text (FTS5's own highlight() would mark the bigram text the index holds):
/// matching happens on folded text, so ＳＴＥＥＬ or 全角 digits light up for a half-width query.
/// </summary>
public static class Highlighter
{
    public static IReadOnlyList<TextSegment> Mark(string text, IReadOnlyList<string> terms) =>
        Segments(text, Ranges(text, terms), 0, text.Length);

    /// <summary>
    /// A window of about <paramref name="length"/> characters around the first match (the start of the text when
    /// nothing matched), with an ellipsis where the text was cut.
    /// </summary>
    public static IReadOnlyList<TextSegment> Snippet(string text, IReadOnlyList<string> terms, int length = 120)
    {
        var ranges = Ranges(text, terms);
        if (text.Length <= length)
        {
            return Segments(text, ranges, 0, text.Length);
        }
        var first = ranges.Count > 0 ? ranges[0].Start : 0;
        var start = Math.Max(0, Math.Min(first - length / 4, text.Length - length));
        var end = Math.Min(text.Length, start + length);
        var segments = new List<TextSegment>();
        if (start > 0)
        {
            segments.Add(new TextSegment("…", false));
        }
        segments.AddRange(Segments(text, ranges, start, end));
        if (end < text.Length)
        {
            segments.Add(new TextSegment("…", false));
        }
        return segments;
    }

    public static bool Matches(string text, IReadOnlyList<string> terms) => Ranges(text, terms).Count > 0;

    private static List<(int Start, int End)> Ranges(string text, IReadOnlyList<string> terms)
    {
        var ranges = new List<(int Start, int End)>();
        if (terms.Count == 0 || text.Length == 0)
        {
            return ranges;
        }
        var (folded, origins) = TextFolding.FoldWithOrigins(text);
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                var last = origins[at + term.Length - 1];
                var end = last + 1 < text.Length && char.IsHighSurrogate(text[last]) ? last + 2 : last + 1;
                ranges.Add((origins[at], end));
            }
        }
        ranges.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }
        return merged;
    }

    private static List<TextSegment> Segments(string text, List<(int Start, int End)> ranges, int from, int to)
    {
        var segments = new List<TextSegment>();
        var at = from;
        foreach (var (start, end) in ranges)
        {
            var s = Math.Max(start, from);
            var e = Math.Min(end, to);
            if (e <= s)
            {
                continue;
            }
            if (s > at)
            {
                segments.Add(new TextSegment(text[at..s], false));
            }
            segments.Add(new TextSegment(text[s..e], true));
            at = e;
        }
        if (at < to)
        {
            segments.Add(new TextSegment(text[at..to], false));
        }
        return segments;
    }
}
