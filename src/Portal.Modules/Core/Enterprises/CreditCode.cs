namespace Portal.Modules.Core.Enterprises;

public sealed record CreditCodeCheck(bool IsValid, string Normalized, string? Problem, char? ExpectedCheckCharacter);

/// <summary>
/// 统一社会信用代码, GB 32100-2015 (../shared/reference/facts.md section 3): 18 characters over an alphabet of
/// 31 (no I, O, S, V, Z); positions 1–2 may be letters, 3–8 are the region digits, 18 is the check character.
/// </summary>
public static class CreditCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Upper-cases and folds full-width characters, so a code typed on a Chinese keyboard still matches.</summary>
    public static string Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return string.Empty;
        }
        var folded = input.Trim().Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        return new string(folded.ToArray()).ToUpperInvariant();
    }

    public static CreditCodeCheck Check(string? input)
    {
        var code = Normalize(input);
        if (code.Length != 18)
        {
            return new(false, code, string.Format(CoreText.CreditCodeLength, code.Length), null);
        }
        for (var i = 0; i < 18; i++)
        {
            if (Alphabet.IndexOf(code[i]) < 0)
            {
                return new(false, code, string.Format(CoreText.CreditCodeCharacter, i + 1, code[i]), null);
            }
        }
        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(code[i]))
            {
                return new(false, code, CoreText.CreditCodeRegionDigits, null);
            }
        }
        var expected = CheckCharacterFor(code.AsSpan(0, 17));
        return code[17] == expected
            ? new(true, code, null, null)
            : new(false, code, string.Format(CoreText.CreditCodeCheckCharacter, expected, code[17]), expected);
    }

    public static bool IsValid(string? input) => Check(input).IsValid;

    public static char CheckCharacterFor(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        }
        return Alphabet[(31 - sum % 31) % 31];
    }
}
