namespace Portal.Modules.Core.Enterprises;

public sealed record CreditCodeCheck(bool IsValid, string Normalized, string? Problem, char? ExpectedCheckCharacter);

/// <summary>
/// 统一社会信用代码, GB 32100-2015 (GB 32100-2015): 18 characters over an alphabet of
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

    /// <summary>
    /// The valid codes one character away from an 18-character code that fails its check: the corrected check
    /// character first, then one per other position (the weights are non-zero modulo 31, so each position has at
    /// most one fixing character; positions 3–8 only take digits).
    /// </summary>
    public static IReadOnlyList<CreditCodeCorrection> SingleCharacterCorrections(string? input)
    {
        var code = Normalize(input);
        var corrections = new List<CreditCodeCorrection>();
        if (code.Length != 18 || Check(code).IsValid)
        {
            return corrections;
        }
        foreach (var position in Enumerable.Range(0, 18).Reverse())
        {
            foreach (var candidate in Alphabet)
            {
                if (candidate == code[position] || (position is >= 2 and < 8 && !char.IsAsciiDigit(candidate)))
                {
                    continue;
                }
                var changed = string.Concat(code.AsSpan(0, position), candidate.ToString(), code.AsSpan(position + 1));
                if (Check(changed).IsValid)
                {
                    corrections.Add(new CreditCodeCorrection(changed, position + 1, code[position], candidate));
                }
            }
        }
        return corrections;
    }
}

/// <summary>A suggestion: change the character at <see cref="Position"/> (1-based) from <see cref="Was"/> to <see cref="Correction"/>.</summary>
public sealed record CreditCodeCorrection(string CreditCode, int Position, char Was, char Correction);
