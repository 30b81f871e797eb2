using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Secrets;

/// <summary>
/// Keys written before the key ring was encrypted at rest are encrypted in place, the way Data Protection encrypts a
/// new key (the element marked <c>requiresEncryption</c> becomes an <c>encryptedSecret</c>), so that identities
/// protected under an old key are not readable from a copy of the database either.
/// </summary>
public static class KeyRingEncryption
{
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";

    public static async Task<int> EncryptPlaintextKeysAsync(PortalDbContext db, IXmlEncryptor encryptor, ILogger logger, CancellationToken cancellationToken)
    {
        var encrypted = 0;
        foreach (var key in await db.DataProtectionKeys.ToListAsync(cancellationToken))
        {
            var element = XElement.Parse(key.Xml);
            var plaintext = element.DescendantsAndSelf()
                .Where(e => (bool?)e.Attribute(DataProtection + "requiresEncryption") == true)
                .ToList();
            if (plaintext.Count == 0)
            {
                continue;
            }
            foreach (var secret in plaintext)
            {
                var info = encryptor.Encrypt(new XElement(secret));
                secret.ReplaceWith(new XElement("encryptedSecret",
                    new XAttribute("decryptorType", info.DecryptorType.AssemblyQualifiedName!),
                    info.EncryptedElement));
            }
            key.Xml = element.ToString(SaveOptions.DisableFormatting);
            encrypted++;
        }
        if (encrypted > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogWarning("Encrypted {Count} Data Protection keys that were stored unencrypted", encrypted);
        }
        return encrypted;
    }
}
