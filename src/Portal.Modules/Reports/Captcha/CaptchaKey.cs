using Portal.Modules.Core.Secrets;

namespace Portal.Modules.Reports.Captcha;

/// <summary>The HMAC key of the proof-of-work challenges, the same on every node.</summary>
public sealed class CaptchaKey(SharedSecrets secrets)
{
    public Task<byte[]> GetAsync(CancellationToken cancellationToken) => secrets.GetAsync("captcha-hmac", cancellationToken);
}
