using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Core.Mail;

/// <summary>Hands one message to the mail system; throws when it could not.</summary>
public interface IMailTransport
{
    Task SendAsync(OutboxMail mail, CancellationToken cancellationToken);
}

/// <summary>
/// <see cref="SmtpClient"/> to the configured host, or .eml files in the pickup folder when no host is set. Subject,
/// body and headers go as UTF-8 so Chinese arrives intact (docs/architecture.md).
/// </summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options, PortalPaths paths) : IMailTransport
{
    public string PickupDirectory => Path.Combine(paths.DataDirectory, options.Value.PickupDirectory);

    public async Task SendAsync(OutboxMail mail, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var message = new MailMessage
        {
            From = new MailAddress(o.From, o.FromName, Encoding.UTF8),
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = mail.Body,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(mail.To, mail.ToName, Encoding.UTF8));
        // Lets a receiving system, or a person, tell a resent message from a new one.
        message.Headers.Add("X-Portal-Message", mail.DedupKey);
        using var client = new SmtpClient { Timeout = (int)o.Timeout.TotalMilliseconds };
        if (string.IsNullOrWhiteSpace(o.Host))
        {
            Directory.CreateDirectory(PickupDirectory);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = PickupDirectory;
        }
        else
        {
            client.Host = o.Host;
            client.Port = o.Port;
            client.EnableSsl = o.EnableSsl;
            if (!string.IsNullOrEmpty(o.UserName))
            {
                client.Credentials = new NetworkCredential(o.UserName, o.Password);
            }
        }
        await client.SendMailAsync(message, cancellationToken);
    }
}
