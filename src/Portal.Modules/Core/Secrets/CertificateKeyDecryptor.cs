using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Modules.Core.Secrets;

/// <summary>
/// Encrypts each new key of the ring with the <see cref="KeyEncryptionCertificate"/> (Data Protection's own
/// certificate encryptor: XML encryption, AES-256 under RSA-OAEP), naming <see cref="CertificateKeyDecryptor"/> as the
/// way back. The certificate is read from configuration when the ring is first used, not when services are built.
/// </summary>
public sealed class CertificateKeyEncryptor(KeyEncryptionCertificate certificate, ILoggerFactory loggers) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var encrypted = new CertificateXmlEncryptor(certificate.Certificate, loggers).Encrypt(plaintextElement);
        return new EncryptedXmlInfo(encrypted.EncryptedElement, typeof(CertificateKeyDecryptor));
    }
}

/// <summary>
/// Decrypts a key written by <see cref="CertificateKeyEncryptor"/> or by Data Protection's certificate encryptor, with
/// the configured certificate's private key only (never a certificate store of the machine).
/// </summary>
public sealed class CertificateKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var certificate = services.GetRequiredService<KeyEncryptionCertificate>().Certificate;
        var document = new XmlDocument();
        document.Load(new XElement("root", encryptedElement).CreateReader());
        new WithCertificate(document, certificate).DecryptDocument();
        return XElement.Load(document.DocumentElement!.FirstChild!.CreateNavigator()!.ReadSubtree());
    }

    private sealed class WithCertificate(XmlDocument document, X509Certificate2 certificate) : EncryptedXml(document)
    {
        public override byte[]? DecryptEncryptedKey(EncryptedKey encryptedKey)
        {
            var named = encryptedKey.KeyInfo.OfType<KeyInfoX509Data>().SelectMany(d => d.Certificates?.OfType<X509Certificate2>() ?? []);
            if (!named.Any(c => c.Thumbprint == certificate.Thumbprint))
            {
                throw new CryptographicException("The key was encrypted with another certificate than Portal:DataProtection's.");
            }
            using var rsa = certificate.GetRSAPrivateKey() ?? throw new CryptographicException("The key-encryption certificate has no RSA private key.");
            var oaep = encryptedKey.EncryptionMethod?.KeyAlgorithm == XmlEncRSAOAEPUrl;
            return DecryptKey(encryptedKey.CipherData.CipherValue!, rsa, oaep);
        }
    }
}
