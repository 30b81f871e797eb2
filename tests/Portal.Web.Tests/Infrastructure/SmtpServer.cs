using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback: Debian's aiosmtpd, storing every message it accepts in a maildir
/// (its Mailbox handler refuses an existing folder without tmp/, new/ and cur/).
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
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
        ["Portal:Supervision:PublicUrl"] = PublicUrl,
    };

    /// <summary>Where the portal under test says it is, for the links in its mail.</summary>
    public const string PublicUrl = "https://gk.example.gov.cn";

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

    /// <param name="Peer">The client's address and port as the server saw them: one port, one connection.</param>
    /// <param name="ListUnsubscribe">The <c>List-Unsubscribe</c> header (RFC 2369), and <paramref name="ListUnsubscribePost"/> its one-click companion (RFC 8058).</param>
    public sealed record Message(string To, string From, string Subject, string Body, string? PortalKey, string? Peer,
        string? ListUnsubscribe = null, string? ListUnsubscribePost = null);

    /// <summary>
    /// Every message the server has accepted, in arrival order, decoded by an independent reader: Python's own email
    /// package (RFC 2047 headers, transfer encodings, charsets), not the library that wrote them.
    /// </summary>
    public IReadOnlyList<Message> Messages()
    {
        if (!Directory.Exists(Path.Combine(_mailbox, "new")))
        {
            return [];
        }
        var start = new ProcessStartInfo("/usr/bin/python3", ["-c", Reader, _mailbox])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var json = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("reading the maildir failed: " + error);
        }
        return System.Text.Json.JsonSerializer.Deserialize<List<Message>>(json, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
    }

    // Maildir names are "{seconds}.M{microseconds}P{pid}…" with the microseconds not zero-padded: sorted as numbers.
    private const string Reader = """
        import email, email.policy, json, os, re, sys
        folder = os.path.join(sys.argv[1], "new")
        def arrival(name):
            m = re.match(r"^(\d+)\.M(\d+)P", name)
            return (int(m.group(1)), int(m.group(2)), name) if m else (1 << 62, 0, name)
        out = []
        for name in sorted(os.listdir(folder), key=arrival):
            with open(os.path.join(folder, name), "rb") as f:
                m = email.message_from_binary_file(f, policy=email.policy.default)
            body = m.get_body(preferencelist=("plain",))
            out.append({"to": str(m["To"] or ""), "from": str(m["From"] or ""), "subject": str(m["Subject"] or ""),
                        "body": body.get_content() if body is not None else "", "portalKey": m["X-Portal-Message"], "peer": m["X-Peer"],
                        "listUnsubscribe": m["List-Unsubscribe"], "listUnsubscribePost": m["List-Unsubscribe-Post"]})
        print(json.dumps(out, ensure_ascii=False))
        """;

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
