using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback: Debian's aiosmtpd, storing every message it accepts in a maildir
/// (its Mailbox handler refuses an existing folder without tmp/, new/ and cur/).
/// </summary>
public sealed partial class SmtpServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _mailbox;

    private SmtpServer(Process process, string mailbox, int port)
    {
        _process = process;
        _mailbox = mailbox;
        Port = port;
    }

    public int Port { get; }

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Portal:Mail:Host"] = "127.0.0.1",
        ["Portal:Mail:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Portal:Mail:From"] = "noreply@portal.test",
    };

    /// <param name="port">The port to listen on, for a server the portal was told about before it started; by default a free one.</param>
    public static async Task<SmtpServer> StartAsync(int? port = null)
    {
        var mailbox = Directory.CreateTempSubdirectory("portal-smtp-").FullName;
        Directory.Delete(mailbox);
        port ??= LoopbackPort.Free();
        var start = new ProcessStartInfo("/usr/bin/python3", ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", mailbox])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port.Value);
                return new SmtpServer(process, mailbox, port.Value);
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        process.Kill();
        throw new InvalidOperationException("aiosmtpd did not start; is python3-aiosmtpd installed?");
    }

    public sealed record Message(string To, string Subject, string Body, string? PortalKey);

    /// <summary>Every message the server has accepted, decoded.</summary>
    public IReadOnlyList<Message> Messages()
    {
        var folder = Path.Combine(_mailbox, "new");
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return Directory.GetFiles(folder).OrderBy(ArrivalOf).ThenBy(f => f, StringComparer.Ordinal)
            .Select(f => Parse(File.ReadAllText(f, Encoding.UTF8))).ToList();
    }

    /// <summary>
    /// Arrival order from the maildir name "{seconds}.M{microseconds}P{pid}…": the microseconds are not zero-padded, so
    /// the names themselves do not sort in order.
    /// </summary>
    private static (long Seconds, long Microseconds) ArrivalOf(string file)
    {
        var match = MaildirName().Match(Path.GetFileName(file));
        return match.Success ? (long.Parse(match.Groups[1].Value), long.Parse(match.Groups[2].Value)) : (long.MaxValue, 0);
    }

    [GeneratedRegex(@"^(\d+)\.M(\d+)P")]
    private static partial Regex MaildirName();

    private static Message Parse(string raw)
    {
        var split = raw.Replace("\r\n", "\n").Split("\n\n", 2);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in split[0].Split('\n'))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && last is not null)
            {
                headers[last] += line.TrimStart();
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                last = line[..colon].Trim();
                headers[last] = line[(colon + 1)..].Trim();
            }
        }
        var body = split.Length > 1 ? split[1] : string.Empty;
        body = headers.GetValueOrDefault("Content-Transfer-Encoding")?.ToLowerInvariant() switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))),
            "quoted-printable" => QuotedPrintable(body),
            _ => body,
        };
        return new Message(Decode(headers.GetValueOrDefault("To") ?? ""), Decode(headers.GetValueOrDefault("Subject") ?? ""), body,
            headers.GetValueOrDefault("X-Portal-Message"));
    }

    /// <summary>RFC 2047 encoded words, as SmtpClient writes UTF-8 headers.</summary>
    private static string Decode(string header) =>
        EncodedWord().Replace(header.Replace("?= =?", "?==?"), m => m.Groups[2].Value.ToUpperInvariant() == "B"
            ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[3].Value))
            : QuotedPrintable(m.Groups[3].Value.Replace('_', ' ')));

    private static string QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        var joined = text.Replace("=\n", string.Empty);
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process.Dispose();
        if (Directory.Exists(_mailbox))
        {
            Directory.Delete(_mailbox, recursive: true);
        }
        return ValueTask.CompletedTask;
    }
}
