using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Portal.Modules.Reports.Captcha;

/// <summary>An altcha challenge as the widget fetches it (GET /api/v1/captcha).</summary>
public sealed record PowChallenge(
    [property: JsonPropertyName("algorithm")] string Algorithm,
    [property: JsonPropertyName("challenge")] string Challenge,
    [property: JsonPropertyName("maxnumber")] int MaxNumber,
    [property: JsonPropertyName("salt")] string Salt,
    [property: JsonPropertyName("signature")] string Signature);

/// <summary>What the altcha widget submits, base64-encoded JSON: the challenge back with the number it found.</summary>
internal sealed record PowSolution(
    [property: JsonPropertyName("algorithm")] string? Algorithm,
    [property: JsonPropertyName("challenge")] string? Challenge,
    [property: JsonPropertyName("number")] long? Number,
    [property: JsonPropertyName("salt")] string? Salt,
    [property: JsonPropertyName("signature")] string? Signature);

/// <summary>
/// The self-hosted proof of work (docs/architecture.md: Google's service is unreachable from mainland China), in altcha's
/// format: the client finds n with SHA-256(salt + n) = challenge; the server only checks its own HMAC over the
/// challenge and the expiry written into the salt, so it keeps no state until a solution is used (then
/// <see cref="CaptchaVerifier"/> records it so it cannot be used again).
/// </summary>
public sealed class ProofOfWork(CaptchaKey key, TimeProvider clock, IOptions<CaptchaOptions> options)
{
    public const string Algorithm = "SHA-256";

    public async Task<PowChallenge> CreateAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var expires = clock.GetUtcNow().Add(o.ChallengeLifetime).ToUnixTimeSeconds();
        var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) + "?expires=" + expires.ToString(CultureInfo.InvariantCulture);
        var number = RandomNumberGenerator.GetInt32(o.MaxNumber + 1);
        var challenge = Hash(salt, number);
        return new PowChallenge(Algorithm, challenge, o.MaxNumber, salt, await SignAsync(challenge, cancellationToken));
    }

    /// <summary>The challenge a payload solves, with its expiry, or null when it is malformed, forged, wrong or expired.</summary>
    public async Task<(string Challenge, DateTime ExpiresAt)?> CheckAsync(string? payload, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(payload) || payload.Length > 4096)
        {
            return null;
        }
        PowSolution? solution;
        try
        {
            solution = JsonSerializer.Deserialize<PowSolution>(Convert.FromBase64String(payload.Trim()));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
        if (solution is not { Algorithm: Algorithm, Challenge: { Length: 64 } challenge, Number: { } number, Salt: { } salt, Signature: { } signature }
            || number < 0 || number > options.Value.MaxNumber)
        {
            return null;
        }
        var expected = await SignAsync(challenge, cancellationToken);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToLowerInvariant()))
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(salt, number)), Encoding.ASCII.GetBytes(challenge.ToLowerInvariant())))
        {
            return null;
        }
        var query = salt.IndexOf("?expires=", StringComparison.Ordinal);
        if (query < 0 || !long.TryParse(salt.AsSpan(query + "?expires=".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return null;
        }
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(Math.Min(expires, 253402300799)).UtcDateTime;
        return expiresAt <= clock.GetUtcNow().UtcDateTime ? null : (challenge.ToLowerInvariant(), expiresAt);
    }

    private static string Hash(string salt, long number) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + number.ToString(CultureInfo.InvariantCulture))));

    private async Task<string> SignAsync(string challenge, CancellationToken cancellationToken) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(await key.GetAsync(cancellationToken), Encoding.ASCII.GetBytes(challenge)));
}
