using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Captcha;

/// <summary>A captcha that passed: for the proof of work, the use to record with the report so it cannot be replayed.</summary>
public sealed record CaptchaPass(CaptchaUse? Use);

/// <summary>
/// Checks the captcha a report carries with the configured provider. The proof of work is checked here without
/// state; its single use is enforced by storing <see cref="CaptchaPass.Use"/> in the report's own transaction
/// (a primary key on the challenge), so a rejected report burns nothing and a replay stores nothing.
/// </summary>
public sealed class CaptchaVerifier(ProofOfWork proofOfWork, IHttpClientFactory http, IOptions<CaptchaOptions> options, ILogger<CaptchaVerifier> logger)
{
    public const string HttpClientName = "recaptcha";

    public bool UsesReCaptcha => options.Value.UsesReCaptcha;

    public async Task<CaptchaPass?> VerifyAsync(string? payload, CancellationToken cancellationToken)
    {
        if (UsesReCaptcha)
        {
            return await ReCaptchaAsync(payload, cancellationToken) ? new CaptchaPass(null) : null;
        }
        return await proofOfWork.CheckAsync(payload, cancellationToken) is { } solved
            ? new CaptchaPass(new CaptchaUse { Challenge = solved.Challenge, ExpiresAt = solved.ExpiresAt })
            : null;
    }

    /// <summary>Google's siteverify, without <c>remoteip</c>: the reporter's address goes nowhere, not even there.</summary>
    private async Task<bool> ReCaptchaAsync(string? token, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(token) || token.Length > 4096 || string.IsNullOrEmpty(o.ReCaptchaSecretKey))
        {
            return false;
        }
        try
        {
            using var response = await http.CreateClient(HttpClientName).PostAsync(o.ReCaptchaVerifyUrl,
                new FormUrlEncodedContent([new("secret", o.ReCaptchaSecretKey), new("response", token)]), cancellationToken);
            var answer = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<SiteVerify>(cancellationToken) : null;
            return answer?.Success == true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            logger.LogWarning("reCAPTCHA verification failed: {Error}", e.GetType().Name);
            return false;
        }
    }

    private sealed record SiteVerify([property: JsonPropertyName("success")] bool Success);
}
