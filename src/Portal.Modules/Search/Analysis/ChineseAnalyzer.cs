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

    /// <summary>
    /// The tokens of folded text with their positions: bigrams of Han runs (a lone character stays itself), words of
    /// Latin letters and digits, <see cref="Boundary"/> between runs. <paramref name="sparse"/> (for queries) keeps
    /// every other bigram of a run and its last: 超过国家限额标准 is then four terms at positions 0, 2, 4, 6 instead
    /// of seven, which cover the same characters in the same places.
    /// </summary>
    public static IReadOnlyList<Token> Tokens(string folded, bool sparse = false)
    {
        var tokens = new List<Token>();
        var position = -1;
        foreach (var run in Runs(folded))
        {
            if (position >= 0)
            {
                tokens.Add(new Token(Boundary, position + 1));
                position += 2;
            }
            var start = position + 1;
            if (run.IsHan && run.Text.Length > 1)
            {
                var last = run.Text.Length - 2;
                for (var i = 0; i <= last; i++)
                {
                    if (!sparse || i % 2 == 0 || i == last)
                    {
                        tokens.Add(new Token(run.Text.Substring(i, 2), start + i));
                    }
                }
                position = start + last;
            }
            else
            {
                tokens.Add(new Token(run.Text, start));
                position = start;
            }
        }
        return tokens;
    }

    /// <summary>Each Han character of folded text once, in order of first appearance: a one-character query only asks whether it occurs.</summary>
    public static IReadOnlyList<string> HanChars(string folded)
    {
        var seen = new HashSet<char>();
        var chars = new List<string>();
        foreach (var c in folded)
        {
            if (TextFolding.IsHan(c) && seen.Add(c))
            {
                chars.Add(c.ToString());
            }
        }
        return chars;
    }

    /// <summary>The Han and Latin/digit runs of folded text, as a highlighter should look for them.</summary>
    public static IReadOnlyList<string> RunTexts(string folded) => Runs(folded).Select(r => r.Text).ToList();

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

    private readonly record struct Run(string Text, bool IsHan);

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
                runs.Add(new Run(folded[start..i], han));
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
