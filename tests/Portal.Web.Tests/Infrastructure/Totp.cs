using System.Security.Cryptography;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>RFC 6238 codes as an authenticator app computes them (SHA-1, 30 s, 6 digits), from a Base32 key.</summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset? at = null)
    {
        var key = Base32(base32Key.Replace(" ", string.Empty, StringComparison.Ordinal));
        var counter = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        Span<byte> message = stackalloc byte[8];
        for (var i = 7; i >= 0; i--)
        {
            message[i] = (byte)(counter & 0xFF);
            counter >>= 8;
        }
        var hash = HMACSHA1.HashData(key, message);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string NewKey() => ToBase32(RandomNumberGenerator.GetBytes(20));

    private static readonly Dictionary<string, long> LastStep = new();

    /// <summary>
    /// A code the portal has not seen yet: it accepts each 30-second step once per account, for the step before, the
    /// current and the next. Steps are handed out in order per key; when all three are spent, this waits for the next.
    /// </summary>
    public static async Task<string> FreshCodeAsync(string base32Key)
    {
        while (true)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
            lock (LastStep)
            {
                // Never a step already past: the portal's clock may reach the next step before the code arrives.
                var step = Math.Max(now, LastStep.GetValueOrDefault(base32Key, long.MinValue) + 1);
                if (step <= now + 1)
                {
                    LastStep[base32Key] = step;
                    return Code(base32Key, DateTimeOffset.FromUnixTimeSeconds(step * 30));
                }
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private static byte[] Base32(string text)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return bytes.ToArray();
    }

    private static string ToBase32(byte[] data)
    {
        var chars = new List<char>();
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                chars.Add(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0)
        {
            chars.Add(Alphabet[(buffer << (5 - bits)) & 31]);
        }
        return new string(chars.ToArray());
    }
}
