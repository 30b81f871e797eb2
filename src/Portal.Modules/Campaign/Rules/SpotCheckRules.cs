namespace Portal.Modules.Campaign.Rules;

/// <summary>
/// The city's on-site review of a county's inspections (现场抽查复核). Seed 000_6ff842427b64bf71.txt, 五(三): "现场抽查复核
/// 企业数量应不低于本地区应检查企业数量的20%且不少于10户，本地区检查企业总量不足10户的要逐户复核".
/// </summary>
public static class SpotCheckRules
{
    public const int Minimum = 10;
    public const int Percent = 20;

    /// <summary>How many of <paramref name="toCheck"/> enterprises the city visits: all below ten, else at least ten and at least a fifth (rounded up).</summary>
    public static int SampleSize(int toCheck)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(toCheck);
        return toCheck < Minimum ? toCheck : Math.Max(Minimum, (toCheck * Percent + 99) / 100);
    }

    /// <summary>
    /// Which enterprises are visited: a shuffle of the candidates (in the order of their ids) driven by a recorded seed,
    /// so anyone can draw the same sample again from the seed and the list, and nobody can choose it. Candidates in the
    /// industries and areas the reviewer names (<paramref name="inFocus"/>: "围绕重点行业及……问题比较突出的领域和区域")
    /// come first, in their shuffled order; the size is still the rule's, counted over every candidate.
    /// </summary>
    public static IReadOnlyList<T> Draw<T>(IReadOnlyList<T> candidates, Func<T, long> id, int seed, Func<T, bool>? inFocus = null)
    {
        var ordered = candidates.OrderBy(id).ToArray();
        var random = new SplitMix64((ulong)(uint)seed);
        for (var i = ordered.Length - 1; i > 0; i--)
        {
            var j = (int)(random.Next() % (ulong)(i + 1));
            (ordered[i], ordered[j]) = (ordered[j], ordered[i]);
        }
        var shuffled = inFocus is null ? ordered : [.. ordered.Where(inFocus), .. ordered.Where(c => !inFocus(c))];
        return shuffled.Take(SampleSize(ordered.Length)).ToArray();
    }

    /// <summary>
    /// A published, fixed generator (Steele, Lea and Flood's SplitMix64): System.Random's sequence for a seed is not
    /// promised to stay the same across .NET versions, and a sample must be drawn again years later.
    /// </summary>
    private struct SplitMix64(ulong state)
    {
        private ulong _state = state;

        public ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
