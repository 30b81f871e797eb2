using System.Text;

namespace Portal.Modules.Core.Search;

/// <summary>
/// The character folding the index and the highlighter share: NFKC (full-width letters and digits, ideographic
/// space, compatibility ideographs), then lower case. Folding goes character by character and remembers where each
/// folded character came from, so a match in folded text can be marked in the original.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            AppendFolded(builder, text, ref i);
        }
        return builder.ToString();
    }

    /// <summary>The folded text and, for each of its characters, the index of the original character it came from.</summary>
    public static (string Folded, int[] Origins) FoldWithOrigins(string text)
    {
        var builder = new StringBuilder(text.Length);
        var origins = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var start = i;
            var before = builder.Length;
            AppendFolded(builder, text, ref i);
            for (var k = before; k < builder.Length; k++)
            {
                origins.Add(start);
            }
        }
        return (builder.ToString(), origins.ToArray());
    }

    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '\u3007';

    private static void AppendFolded(StringBuilder builder, string text, ref int i)
    {
        var c = text[i];
        if (c < 0x80)
        {
            builder.Append(char.ToLowerInvariant(c));
        }
        else if (c is >= '\u4E00' and <= '\u9FFF')
        {
            builder.Append(c);
        }
        else if (c is >= '\uFF01' and <= '\uFF5E')
        {
            builder.Append(char.ToLowerInvariant((char)(c - 0xFEE0)));
        }
        else if (c == '\u3000')
        {
            builder.Append(' ');
        }
        else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            builder.Append(FoldElement(text.Substring(i++, 2)));
        }
        else if (char.IsSurrogate(c))
        {
            // A lone half of a pair (JSON can carry one) is no character; normalising it would throw.
            builder.Append('\uFFFD');
        }
        else
        {
            // Chinese punctuation is most of what reaches here: each character is folded once per process, not per occurrence.
            builder.Append(Folded[c] ??= FoldElement(c.ToString()));
        }
    }

    private static readonly string?[] Folded = new string?[char.MaxValue + 1];

    private static string FoldElement(string element) =>
        element.IsNormalized(NormalizationForm.FormKC) ? element.ToLowerInvariant() : element.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
}
