using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Mail;

namespace Portal.Modules.Supervision.Sweep;

/// <summary>
/// Checked when the portal starts: in Production, digests that leave through SMTP must link to the portal's public
/// address, or every link a supervisor follows from a mail would be a bare path that leads nowhere.
/// </summary>
public sealed class ReminderSettings(IHostEnvironment environment, IOptions<MailOptions> mail) : IValidateOptions<SupervisionOptions>
{
    public ValidateOptionsResult Validate(string? name, SupervisionOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.PublicUrl)
            && (!Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
        {
            return ValidateOptionsResult.Fail(string.Format(SupervisionText.PublicUrlInvalid, options.PublicUrl));
        }
        if (environment.IsProduction() && options.Reminders && !string.IsNullOrWhiteSpace(mail.Value.Host) && string.IsNullOrWhiteSpace(options.PublicUrl))
        {
            return ValidateOptionsResult.Fail(SupervisionText.PublicUrlMissing);
        }
        return ValidateOptionsResult.Success;
    }
}
