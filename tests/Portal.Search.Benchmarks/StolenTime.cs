using System.Globalization;

namespace Portal.Search.Benchmarks;

/// <summary>
/// The share of the machine's CPU time its host gave to other guests (the steal column of /proc/stat) between two
/// samples. On a shared virtual machine it swings from a few percent to a third within an evening, and the figures
/// swing with it: printed beside them, it says which runs to compare.
/// </summary>
internal readonly record struct StolenTime(long Steal, long Total)
{
    public static StolenTime Sample()
    {
        // cpu  user nice system idle iowait irq softirq steal guest guest_nice
        var line = File.Exists("/proc/stat") ? File.ReadLines("/proc/stat").First() : "cpu";
        var ticks = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        return ticks.Length < 8 ? new StolenTime(0, 0) : new StolenTime(ticks[7], ticks.Sum());
    }

    /// <summary>Percent of the CPU time since <paramref name="earlier"/> that was stolen, or "?" where /proc/stat is not to be read.</summary>
    public string PercentSince(StolenTime earlier) =>
        Total > earlier.Total ? (100.0 * (Steal - earlier.Steal) / (Total - earlier.Total)).ToString("F0", CultureInfo.InvariantCulture) : "?";
}
