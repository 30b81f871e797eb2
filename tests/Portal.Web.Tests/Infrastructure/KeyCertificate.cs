using Portal.Modules.Core.Secrets;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>
/// The certificate that encrypts the key ring, one for the whole test run as one is for a whole farm: every portal
/// and node the tests start is given it by configuration, outside any data directory.
/// </summary>
public static class KeyCertificate
{
    private static readonly Lazy<string> Shared = new(() =>
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("portal-keys-").FullName, "key-encryption.pfx");
        KeyEncryptionCertificate.Write(path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        return path;
    });

    public static string SharedPath => Shared.Value;

    public const string Setting = "Portal:DataProtection:CertificatePath";
}
