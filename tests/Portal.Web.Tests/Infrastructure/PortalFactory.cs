using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>The real portal in Production mode, on its own data directory and database.</summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public PortalFactory(string provider, string? connectionString, bool demoData = true, bool enrolledAdmin = true,
        IReadOnlyDictionary<string, string?>? settings = null, PortalFactory? sameDatabaseAs = null, LogCapture? logs = null, TimeProvider? clock = null)
    {
        Clock = clock;
        Logs = logs;
        Provider = provider;
        DataDirectory = Directory.CreateTempSubdirectory("portal-data-").FullName;
        AdminUserName = "admin";
        AdminPassword = sameDatabaseAs?.AdminPassword ?? "管理员-" + Guid.NewGuid().ToString("N")[..16];
        AdminAuthenticatorKey = sameDatabaseAs?.AdminAuthenticatorKey ?? Totp.NewKey();
        ConnectionString = connectionString;
        _settings = new()
        {
            // The suites read the API far faster than any person; the limiter has its own test.
            ["Portal:RateLimits:PublicReadPerMinute"] = "1000000",
            ["Portal:RateLimits:PublicExportPerMinute"] = "1000000",
            ["Portal:RateLimits:SignInPerFiveMinutes"] = "1000000",
            ["Portal:Database:Provider"] = provider,
            ["Logging:LogLevel:Default"] = "Warning",
            ["ConnectionStrings:Portal"] = connectionString,
            ["Portal:DataDirectory"] = DataDirectory,
            ["Portal:DemoData"] = demoData ? "true" : "false",
            ["Portal:Admin:UserName"] = AdminUserName,
            ["Portal:Admin:Password"] = AdminPassword,
            ["Portal:Admin:AuthenticatorKey"] = enrolledAdmin ? AdminAuthenticatorKey : null,
            // Scheduled runs would race the tests' own steps; a test runs a job when it means to (or shortens this).
            ["Portal:Jobs:FirstRunDelay"] = "1.00:00:00",
            [KeyCertificate.Setting] = KeyCertificate.SharedPath,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>Another node of the same portal: the same database and accounts, its own data directory and search index.</summary>
    public static PortalFactory SecondNodeOf(PortalFactory first, IReadOnlyDictionary<string, string?>? settings = null) => new(
        first.Provider,
        first.ConnectionString ?? $"Data Source={Path.Combine(first.DataDirectory, "portal.db")}",
        demoData: false,
        settings: settings,
        sameDatabaseAs: first,
        clock: first.Clock);

    /// <summary>The clock the portal reads, when a test moves it.</summary>
    public TimeProvider? Clock { get; }

    public string? ConnectionString { get; }

    /// <summary>When set, every log entry at every level goes here as well.</summary>
    public LogCapture? Logs { get; }

    public string Provider { get; }
    public string DataDirectory { get; }
    public string AdminUserName { get; }
    public string AdminPassword { get; }
    public string AdminAuthenticatorKey { get; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings.Where(s => s.Value is not null))
        {
            builder.UseSetting(key, value);
        }
        if (Clock is not null)
        {
            builder.ConfigureTestServices(s => s.AddSingleton(Clock));
        }
        if (Logs is not null)
        {
            builder.UseSetting("Logging:LogLevel:Default", "Trace");
            builder.ConfigureLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        }
    }

    /// <summary>The address of a real Kestrel socket, for the browser.</summary>
    public string StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>A client of the test server whose every API answer is held to /openapi/v1.json (<see cref="ApiContract"/>).</summary>
    public new HttpClient CreateClient() => CreateClient(ClientOptions);

    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        var handlers = new List<DelegatingHandler> { new ContractCheckingHandler(ContractAsync) };
        if (options.AllowAutoRedirect)
        {
            handlers.Add(new Microsoft.AspNetCore.Mvc.Testing.Handlers.RedirectHandler(options.MaxAutomaticRedirections));
        }
        if (options.HandleCookies)
        {
            handlers.Add(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler());
        }
        return CreateDefaultClient(options.BaseAddress, [.. handlers]);
    }

    private Task<ApiContract> ContractAsync() => ApiContract.LoadAsync(async () =>
    {
        using var plain = CreateDefaultClient();
        return await plain.GetStringAsync("/openapi/v1.json");
    });

    public async Task<string> TokenAsync(string userName, string password, string? totpKey = null)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, totp = totpKey is null ? null : await Totp.FreshCodeAsync(totpKey) });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private string? _adminToken;

    /// <summary>The administrator's token, asked for once per portal: each authenticator code works only once.</summary>
    public async Task<HttpClient> AdminClientAsync() =>
        ClientWithToken(_adminToken ??= await TokenAsync(AdminUserName, AdminPassword, AdminAuthenticatorKey));

    public sealed record Staff(string UserName, string Password, string AuthenticatorKey, HttpClient Client);

    /// <summary>Opens an account through the API as a department system would (with its authenticator key), and signs it in.</summary>
    public async Task<Staff> CreateStaffAsync(string role, string regionCode, string department)
    {
        using var admin = await AdminClientAsync();
        var userName = $"{role}-{Guid.NewGuid():N}"[..24];
        var password = "一二三四五六七八九十-" + Guid.NewGuid().ToString("N")[..6];
        var authenticatorKey = Totp.NewKey();
        var response = await admin.PostAsJsonAsync("/api/v1/staff/users", new { userName, password, email = $"{userName}@example.gov.cn", role, regionCode, department, authenticatorKey });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return new Staff(userName, password, authenticatorKey, ClientWithToken(await TokenAsync(userName, password, authenticatorKey)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
