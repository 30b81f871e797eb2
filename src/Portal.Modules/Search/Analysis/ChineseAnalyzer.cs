using System.Text;
using Portal.Modules.Core.Search;

namespace Portal.Modules.Search.Analysis;

/// <summary>
/// Our Chinese analysis (docs/architecture.md, "How data flows"): text is folded (<see cref="TextFolding"/>), split
/// into runs of Han characters and runs of Latin letters and digits; a Han run becomes its overlapping bigrams
/// (a lone character stays itself), a Latin/digit run one lower-case word. Bigrams and words, in order, make the
/// <c>grams</c> field, so a longer term is a phrase of consecutive bigrams; every Han character also goes into
/// <c>chars</c>, so a one-character query works; credit codes and 文号 go whole into <c>exact</c>.
/// <see cref="GramAnalyzer"/> feeds these tokens to Lucene. Changing any of this changes <see cref="Version"/>,
/// and each node rebuilds its index.
/// </summary>
public static class ChineseAnalyzer
{
    public const int Version = 5;

    /// <summary>
    /// The token between two runs, one position after the last of a run and two before the first of the next. Runs
    /// are then three positions apart, so two bigrams two positions apart are always of one run (a query term's
    /// bigrams are matched sparsely, see <see cref="Tokens"/>), and a query term of several runs requires a boundary
    /// exactly where the text has one. No text produces it: it is neither a letter, a digit nor Han.
    /// </summary>
    public const string Boundary = "\u0001";

    public readonly record struct Token(string Text, int Position);

    /// <summary>Where a token lies in folded text: <see cref="Length"/> characters from <see cref="Start"/>, or none for <see cref="Boundary"/>.</summary>
    public readonly record struct TokenSpan(int Start, int Length, int Position)
    {
        public bool IsBoundary => Length == 0;
    }

    /// <summary>
    /// The tokens of folded text with their positions: bigrams of Han runs (a lone character stays itself), words of
    /// Latin letters and digits, <see cref="Boundary"/> between runs. <paramref name="sparse"/> (for queries) keeps
    /// every other bigram of a run and its last: 超过国家限额标准 is then four terms at positions 0, 2, 4, 6 instead
    /// of seven, which cover the same characters in the same places.
    /// </summary>
    public static IReadOnlyList<Token> Tokens(string folded, bool sparse = false)
    {
        var spans = new List<TokenSpan>();
        Spans(folded, spans, sparse);
        return spans.Select(t => new Token(t.IsBoundary ? Boundary : folded.Substring(t.Start, t.Length), t.Position)).ToList();
    }

    /// <summary>
    /// <see cref="Tokens"/> as places in the text, added to <paramref name="into"/>: the index reads a million texts,
    /// and a string for each of their tokens was garbage for the collector and nothing else.
    /// </summary>
    public static void Spans(string folded, List<TokenSpan> into, bool sparse = false)
    {
        var position = -1;
        foreach (var run in Runs(folded))
        {
            if (position >= 0)
            {
                into.Add(new TokenSpan(0, 0, position + 1));
                position += 2;
            }
            var start = position + 1;
            if (run.IsHan && run.Length > 1)
            {
                var last = run.Length - 2;
                for (var i = 0; i <= last; i++)
                {
                    if (!sparse || i % 2 == 0 || i == last)
                    {
                        into.Add(new TokenSpan(run.Start + i, 2, start + i));
                    }
                }
                position = start + last;
            }
            else
            {
                into.Add(new TokenSpan(run.Start, run.Length, start));
                position = start;
            }
        }
    }

    /// <summary>
    /// Each Han character of folded text once, in order of first appearance, as one-character places numbered from 0:
    /// a one-character query only asks whether it occurs.
    /// </summary>
    public static void CharSpans(string folded, List<TokenSpan> into, HashSet<char> seen)
    {
        seen.Clear();
        for (var i = 0; i < folded.Length; i++)
        {
            if (TextFolding.IsHan(folded[i]) && seen.Add(folded[i]))
            {
                into.Add(new TokenSpan(i, 1, seen.Count - 1));
            }
        }
    }

    /// <summary>The Han and Latin/digit runs of folded text, as a highlighter should look for them.</summary>
    public static IReadOnlyList<string> RunTexts(string folded) => Runs(folded).Select(r => folded.Substring(r.Start, r.Length)).ToList();

    /// <summary>A credit code or 文号 as one token: folded, with brackets, spaces and punctuation dropped.</summary>
    public static string ExactToken(string term)
    {
        var builder = new StringBuilder();
        foreach (var c in TextFolding.Fold(term))
        {
            if (TextFolding.IsHan(c) || char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private readonly record struct Run(int Start, int Length, bool IsHan);

    private static List<Run> Runs(string folded)
    {
        var runs = new List<Run>();
        var start = -1;
        var han = false;
        for (var i = 0; i <= folded.Length; i++)
        {
            var kind = i < folded.Length ? KindOf(folded[i]) : 0;
            var isHan = kind == 2;
            if (start >= 0 && (kind == 0 || isHan != han))
            {
                runs.Add(new Run(start, i - start, han));
                start = -1;
            }
            if (kind != 0 && start < 0)
            {
                start = i;
                han = isHan;
            }
        }
        return runs;
    }

    // 0: separator, 1: Latin letter or digit, 2: Han. Other scripts' letters count as words so nothing readable is lost.
    private static int KindOf(char c) =>
        TextFolding.IsHan(c) ? 2 : char.IsAsciiLetterOrDigit(c) || (c > 0x7F && char.IsLetterOrDigit(c)) ? 1 : 0;
}
