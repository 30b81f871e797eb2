using Microsoft.AspNetCore.Identity;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// Authenticator keys given by a script (<c>Portal:Admin:AuthenticatorKey</c>, <c>authenticatorKey</c> of
/// <c>POST /api/v1/staff/users</c>): Base32 (RFC 4648) as authenticator apps take them, spaces and case ignored.
/// </summary>
public static class AuthenticatorKeys
{
    /// <summary>80 bits, the least RFC 4226 allows; apps and Identity itself use 160.</summary>
    public const int MinimumCharacters = 16;

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The key as stored, or null when it is not Base32 of at least <see cref="MinimumCharacters"/> characters.</summary>
    public static string? Normalize(string? key)
    {
        var compact = new string((key ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).TrimEnd('=').ToUpperInvariant();
        return compact.Length >= MinimumCharacters && compact.All(c => Alphabet.Contains(c)) ? compact : null;
    }

    public static byte[]? Decode(string? key)
    {
        if (Normalize(key) is not { } text)
        {
            return null;
        }
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text)
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

    /// <summary>Turns two-factor on with a key the caller already holds (it was checked with <see cref="Normalize"/>).</summary>
    public static async Task ProvisionAsync(UserManager<StaffUser> users, StaffUser user, string normalizedKey)
    {
        await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", normalizedKey);
        await users.SetTwoFactorEnabledAsync(user, true);
    }
}
