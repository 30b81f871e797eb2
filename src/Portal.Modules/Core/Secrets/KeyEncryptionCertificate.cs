using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Core.Secrets;

/// <summary><c>Portal:DataProtection:*</c>: the certificate that encrypts the Data Protection key ring at rest.</summary>
public sealed class KeyProtectionOptions
{
    public const string Section = "Portal:DataProtection";

    /// <summary>A PKCS #12 file (.pfx/.p12), or a PEM certificate with its key in <see cref="CertificateKeyPath"/>.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public string? CertificateKeyPath { get; set; }
}

/// <summary>
/// The key ring (which protects reporters' identities, staff cookies and tokens) lives in the database beside what it
/// protects; each key is therefore encrypted with this certificate, which is never in the database. A copy of the
/// database or a backup alone decrypts nothing. Every node of a farm is given the same certificate by configuration;
/// the single embedded node makes one in its data directory at first start, and says so.
/// </summary>
public sealed record KeyEncryptionCertificate(X509Certificate2 Certificate, string Path, bool Generated)
{
    public const string GeneratedFileName = "data-protection-keys.pfx";

    public static KeyEncryptionCertificate Load(IConfiguration configuration, PortalPaths paths)
    {
        var options = configuration.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return new(Read(options.CertificatePath, options.CertificatePassword, options.CertificateKeyPath), options.CertificatePath, Generated: false);
        }
        var generated = System.IO.Path.Combine(paths.DataDirectory, "keys", GeneratedFileName);
        if (!File.Exists(generated))
        {
            Write(generated);
        }
        return new(Read(generated, null, null), generated, Generated: true);
    }

    private static X509Certificate2 Read(string path, string? password, string? keyPath)
    {
        var certificate = keyPath is not null
            ? X509Certificate2.CreateFromPemFile(path, keyPath)
            : X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"{KeyProtectionOptions.Section}: the certificate {path} has no private key, so the key ring could not be read");
    }

    /// <summary>A self-signed RSA certificate, readable by the portal's user alone.</summary>
    public static void Write(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=Portal Data Protection key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(100));
        var temporary = path + ".new";
        File.WriteAllBytes(temporary, certificate.Export(X509ContentType.Pkcs12));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        // Two processes starting together keep whichever file landed first.
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }
}
