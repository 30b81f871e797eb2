using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Reports;

/// <summary>reCAPTCHA as the configured alternative, against a siteverify endpoint served here on loopback.</summary>
[Collection(PortalCollection.Name)]
public class ReCaptchaTests(Portals portals)
{
    [Fact]
    public async Task With_recaptcha_configured_a_report_passes_on_a_token_siteverify_accepts_and_is_refused_on_one_it_rejects()
    {
        var port = LoopbackPort.Free();
        var received = new ConcurrentQueue<string>();
        using var siteVerify = new HttpListener();
        siteVerify.Prefixes.Add($"http://127.0.0.1:{port}/");
        siteVerify.Start();
        _ = Task.Run(async () =>
        {
            while (siteVerify.IsListening)
            {
                HttpListenerContext context;
                try { context = await siteVerify.GetContextAsync(); }
                catch (HttpListenerException) { return; }
                catch (ObjectDisposedException) { return; }
                using var reader = new StreamReader(context.Request.InputStream);
                var body = await reader.ReadToEndAsync();
                received.Enqueue(body);
                var ok = body.Contains("secret=test-secret") && body.Contains("response=token-accepted");
                var answer = Encoding.UTF8.GetBytes(ok ? """{"success":true}""" : """{"success":false,"error-codes":["invalid-input-response"]}""");
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(answer);
                context.Response.Close();
            }
        });
        await using var node = PortalFactory.SecondNodeOf(portals["Sqlite"], new Dictionary<string, string?>
        {
            ["Portal:Captcha:Provider"] = "ReCaptcha",
            ["Portal:Captcha:ReCaptchaSiteKey"] = "test-site",
            ["Portal:Captcha:ReCaptchaSecretKey"] = "test-secret",
            ["Portal:Captcha:ReCaptchaVerifyUrl"] = $"http://127.0.0.1:{port}/siteverify",
        });
        using var citizen = node.CreateClient();
        citizen.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.77");

        var (code, _) = await Reporting.FileAsync(citizen, Reporting.Form(Reporting.AnonymousEnvironmentReport("token-accepted")));
        var refused = await (await citizen.PostAsync("/api/v1/reports", Reporting.Form(Reporting.AnonymousEnvironmentReport("token-rejected"))))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        var form = await citizen.GetStringAsync("/report");

        Assert.StartsWith("JB", code);
        Assert.Contains("人机验证未通过", refused.FieldErrors("captcha")[0]);
        Assert.Equal(2, received.Count);
        Assert.All(received, body => Assert.DoesNotContain("remoteip", body));
        Assert.Contains("data-sitekey=\"test-site\"", form);
        siteVerify.Stop();
    }

}
