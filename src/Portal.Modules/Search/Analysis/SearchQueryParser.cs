using System.Text;
using Portal.Modules.Core.Search;

namespace Portal.Modules.Search.Analysis;

/// <summary>A parsed query: the FTS5 expression (null when nothing searchable was typed) and the runs to highlight.</summary>
public sealed record ParsedQuery(string? Match, IReadOnlyList<string> HighlightTerms);

/// <summary>
/// What a person types, as FTS5 MATCH syntax. Terms separated by spaces must all match; text in quotes ("…" or
/// “…”) is one phrase. A term becomes the phrase of its bigrams and words, so 钢铁企业 matches those four
/// characters in a row; a lone Han character looks in the unigram column; a term with digits may also be a credit
/// code or 文号, matched whole. User text never reaches FTS5 syntax: every token is quoted.
/// </summary>
public static class SearchQueryParser
{
    public static ParsedQuery Parse(string? text)
    {
        var clauses = new List<string>();
        var highlights = new List<string>();
        foreach (var term in Terms(text ?? string.Empty))
        {
            var folded = TextFolding.Fold(term);
            var tokens = ChineseAnalyzer.GramTokens(folded);
            if (tokens.Count == 0)
            {
                continue;
            }
            highlights.AddRange(ChineseAnalyzer.RunTexts(folded));
            string clause;
            if (tokens.Count == 1 && tokens[0].Length == 1 && TextFolding.IsHan(tokens[0][0]))
            {
                clause = $"chars : \"{tokens[0]}\"";
            }
            else
            {
                clause = $"grams : \"{string.Join(' ', tokens)}\"";
                var exact = ChineseAnalyzer.ExactToken(term);
                if (exact.Length >= 6 && exact.Any(char.IsAsciiDigit))
                {
                    clause = $"({clause} OR exact : \"{exact}\")";
                }
            }
            clauses.Add(clause);
        }
        return new ParsedQuery(clauses.Count == 0 ? null : string.Join(" AND ", clauses),
            highlights.Distinct().OrderByDescending(h => h.Length).ToList());
    }

    /// <summary>Space-separated terms, with quoted phrases kept whole (an unclosed quote runs to the end).</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c is '"' or '“' or '”' or '＂')
            {
                Flush();
                quoted = !quoted;
            }
            else if (!quoted && (char.IsWhiteSpace(c) || c == '\u3000'))
            {
                Flush();
            }
            else
            {
                current.Append(c);
            }
        }
        Flush();
        return terms;

        void Flush()
        {
            if (current.ToString().Trim() is { Length: > 0 } term)
            {
                terms.Add(term);
            }
            current.Clear();
        }
    }
}
