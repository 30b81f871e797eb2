using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Core.Mail;

/// <summary>Hands one message to the mail system; throws when it could not.</summary>
public interface IMailTransport
{
    Task SendAsync(OutboxMail mail, CancellationToken cancellationToken);
}

/// <summary>
/// MailKit to the configured SMTP host, or MimeKit's .eml files in the pickup folder when no host is set. Headers go
/// RFC 2047-encoded and bodies as UTF-8, so Chinese arrives intact. One connection serves every message of a batch
/// (the transport lives as long as the job's scope) and is closed politely at its end.
/// </summary>
public sealed class MailKitTransport(IOptions<MailOptions> options, PortalPaths paths) : IMailTransport, IAsyncDisposable
{
    private SmtpClient? _client;

    public string PickupDirectory => Path.Combine(paths.DataDirectory, options.Value.PickupDirectory);

    public async Task SendAsync(OutboxMail mail, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var message = Compose(mail, o);
        if (string.IsNullOrWhiteSpace(o.Host))
        {
            await WritePickupAsync(message, cancellationToken);
            return;
        }
        try
        {
            var client = await ConnectedAsync(o, cancellationToken);
            await client.SendAsync(message, cancellationToken);
        }
        catch
        {
            // The connection may be half-broken; the next message starts a new one.
            await CloseAsync();
            throw;
        }
    }

    private static MimeMessage Compose(OutboxMail mail, MailOptions o)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, o.From));
        message.To.Add(new MailboxAddress(mail.ToName ?? string.Empty, mail.To));
        message.Subject = mail.Subject;
        // Lets a receiving system, or a person, tell a resent message from a new one.
        message.Headers.Add("X-Portal-Message", mail.DedupKey);
        if (mail.ListUnsubscribe is { } unsubscribe)
        {
            // RFC 2369 and RFC 8058: the reader's own 退订 button posts "List-Unsubscribe=One-Click" to this address. Written raw:
            // as unstructured text, MimeKit would cut the long address into encoded words that no mail reader takes for a URL.
            var header = new Header(HeaderId.ListUnsubscribe, string.Empty);
            header.SetRawValue(System.Text.Encoding.ASCII.GetBytes($" <{unsubscribe}>\r\n"));
            message.Headers.Add(header);
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = mail.Body };
        return message;
    }

    private async Task WritePickupAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(PickupDirectory);
        var name = Path.Combine(PickupDirectory, Guid.NewGuid().ToString("N"));
        // Written aside and renamed, so a reader of the folder never sees half a message.
        await message.WriteToAsync(name + ".tmp", cancellationToken);
        File.Move(name + ".tmp", name + ".eml");
    }

    private async Task<SmtpClient> ConnectedAsync(MailOptions o, CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }
        _client?.Dispose();
        _client = new SmtpClient { Timeout = (int)o.Timeout.TotalMilliseconds };
        await _client.ConnectAsync(o.Host!, o.Port, SecurityOf(o), cancellationToken);
        if (!string.IsNullOrEmpty(o.UserName))
        {
            await _client.AuthenticateAsync(o.UserName, o.Password ?? string.Empty, cancellationToken);
        }
        return _client;
    }

    /// <summary><c>Portal:Mail:Security</c>; the older <c>EnableSsl</c> asks for TLS as <c>Auto</c> would choose it, but required.</summary>
    internal static SecureSocketOptions SecurityOf(MailOptions o) => o.Security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.Tls => SecureSocketOptions.SslOnConnect,
        _ when o.EnableSsl => o.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.Auto,
    };

    private async Task CloseAsync()
    {
        if (_client is null)
        {
            return;
        }
        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(quit: true);
            }
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or OperationCanceledException)
        {
        }
        _client.Dispose();
        _client = null;
    }

    public async ValueTask DisposeAsync() => await CloseAsync();
}
