using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Modules.Core.Search;
using Portal.Modules.Search.Index;
using Portal.Modules.Search.Querying;

namespace Portal.Modules.Search.Analysis;

/// <summary>A parsed query: the Lucene query (null when nothing searchable was typed) and the runs to highlight.</summary>
public sealed record ParsedQuery(Query? Match, IReadOnlyList<string> HighlightTerms);

/// <summary>
/// What a person types, as a Lucene query built term by term (the stock QueryParser would OR a term's bigrams).
/// Terms separated by spaces must all match; text in quotes ("…" or “…”) is one phrase. A term becomes the phrase of
/// its bigrams and words, so 钢铁企业 matches those four characters in a row; a lone Han character looks in the
/// unigram field; a term with digits may also be a credit code or 文号, matched whole. Nothing typed is syntax.
/// </summary>
public static class SearchQueryParser
{
    public static ParsedQuery Parse(string? text)
    {
        var all = new BooleanQuery();
        var highlights = new List<string>();
        foreach (var term in Terms(text ?? string.Empty))
        {
            var folded = TextFolding.Fold(term);
            var tokens = ChineseAnalyzer.Tokens(folded, sparse: true);
            if (tokens.Count == 0)
            {
                continue;
            }
            highlights.AddRange(ChineseAnalyzer.RunTexts(folded));
            Query clause;
            if (tokens is [{ Text: [var single] }] && TextFolding.IsHan(single))
            {
                clause = new TermQuery(new Term(IndexSchema.Chars, single.ToString()));
            }
            else
            {
                clause = Phrase(tokens);
                var exact = ChineseAnalyzer.ExactToken(term);
                if (exact.Length >= 6 && exact.Any(char.IsAsciiDigit))
                {
                    clause = new BooleanQuery
                    {
                        { clause, Occur.SHOULD },
                        { new TermQuery(new Term(IndexSchema.Exact, exact)), Occur.SHOULD },
                    };
                }
            }
            all.Add(clause, Occur.MUST);
        }
        return new ParsedQuery(all.Clauses.Count switch { 0 => null, 1 => all.Clauses[0].Query, _ => all },
            highlights.Distinct().OrderByDescending(h => h.Length).ToList());
    }

    private static Query Phrase(IReadOnlyList<ChineseAnalyzer.Token> tokens)
    {
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(IndexSchema.Grams, tokens[0].Text));
        }
        return new ExactPhrase(IndexSchema.Grams, tokens.Select(t => (t.Text, t.Position)));
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
