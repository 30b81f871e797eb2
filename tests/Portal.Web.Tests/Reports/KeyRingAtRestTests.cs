using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Secrets;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Reports;

/// <summary>Someone who walks away with the database file (or a backup of it) learns no real-name reporter.</summary>
public class KeyRingAtRestTests
{
    [Fact]
    public async Task A_copy_of_the_database_alone_decrypts_no_identity_and_with_the_certificate_it_does()
    {
        // The embedded default, as README's run command starts it: no certificate configured, one is made at first start.
        await using var portal = new PortalFactory("Sqlite", null, demoData: false, settings: new Dictionary<string, string?> { [KeyCertificate.Setting] = null });
        using var citizen = portal.CreateClient();
        await Reporting.FileAsync(citizen, Reporting.Form(Reporting.RealNameReport(await Reporting.SolveCaptchaAsync(citizen))));

        using var copyFolder = ExternalTool.Folder();
        var copy = copyFolder.File("stolen.db");
        await using (var live = new SqliteConnection($"Data Source={Path.Combine(portal.DataDirectory, "portal.db")}"))
        {
            await live.OpenAsync();
            await using var vacuum = live.CreateCommand();
            vacuum.CommandText = $"VACUUM INTO '{copy}'";
            await vacuum.ExecuteNonQueryAsync();
        }
        var (keys, identity) = await ReadAsync(copy);
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Empty(k.Descendants("masterKey")));
        Assert.DoesNotContain("王建国", identity);

        Assert.ThrowsAny<CryptographicException>(() => Unprotect(keys, identity, certificate: null));
        var stranger = copyFolder.File("another.pfx");
        KeyEncryptionCertificate.Write(stranger);
        Assert.ThrowsAny<CryptographicException>(() => Unprotect(keys, identity, Certificate(stranger)));

        var generated = Path.Combine(portal.DataDirectory, "keys", KeyEncryptionCertificate.GeneratedFileName);
        var decrypted = System.Text.Json.JsonDocument.Parse(Unprotect(keys, identity, Certificate(generated))).RootElement;
        Assert.Equal("王建国", decrypted.GetProperty("Name").GetString());
        Assert.Equal("13904345678", decrypted.GetProperty("Phone").GetString());
    }

    private static KeyEncryptionCertificate Certificate(string path) => KeyEncryptionCertificate.Load(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [KeyCertificate.Setting] = path }).Build(),
        new PortalPaths(Path.GetDirectoryName(path)!));

    private static async Task<(List<XElement> Keys, string Identity)> ReadAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var keys = new List<XElement>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT \"Xml\" FROM \"DataProtectionKeys\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                keys.Add(XElement.Parse(reader.GetString(0)));
            }
        }
        await using var identity = connection.CreateCommand();
        identity.CommandText = "SELECT \"ProtectedIdentity\" FROM \"Reports\" WHERE \"ProtectedIdentity\" IS NOT NULL";
        return (keys, (string)(await identity.ExecuteScalarAsync())!);
    }

    /// <summary>Data Protection as the portal sets it up, over the copied keys, with or without the certificate.</summary>
    private static string Unprotect(List<XElement> keys, string identity, KeyEncryptionCertificate? certificate)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddDataProtection().SetApplicationName("Portal").DisableAutomaticKeyGeneration();
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new Copied(keys));
        if (certificate is not null)
        {
            services.AddSingleton(certificate);
        }
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("Portal.Reports.Identity").Unprotect(identity);
    }

    private sealed class Copied(List<XElement> keys) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() => keys;

        public void StoreElement(XElement element, string friendlyName) => throw new InvalidOperationException("the copy is read only");
    }
}
