using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Portal.Modules.Reports.Intake;

/// <summary>A real-name reporter as entered. Lives only encrypted in <c>Report.ProtectedIdentity</c>.</summary>
public sealed record ReporterIdentity(string Name, string Phone, string? IdNumber);

/// <summary>
/// Encrypts and decrypts reporter identities with Data Protection (keys shared by every node through the
/// database), under a purpose of their own so no other protected payload can be swapped in.
/// </summary>
public sealed class IdentityProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Portal.Reports.Identity");

    public string Protect(ReporterIdentity identity) => _protector.Protect(JsonSerializer.Serialize(identity));

    public ReporterIdentity Unprotect(string protectedIdentity) => JsonSerializer.Deserialize<ReporterIdentity>(_protector.Unprotect(protectedIdentity))!;
}

/// <summary>Checks of what a reporter types about themself.</summary>
public static class ReporterChecks
{
    /// <summary>A mainland mobile number, or a fixed line with its area code (digits, optionally one hyphen).</summary>
    public static bool IsPhone(string phone) =>
        System.Text.RegularExpressions.Regex.IsMatch(phone, @"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$");

    /// <summary>GB 11643 citizen identity number: 17 digits and a check character (0–9 or X) from ISO 7064 MOD 11-2.</summary>
    public static bool IsIdNumber(string id)
    {
        if (id.Length != 18)
        {
            return false;
        }
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(id[i]))
            {
                return false;
            }
            sum += (id[i] - '0') * weights[i];
        }
        return "10X98765432"[sum % 11] == char.ToUpperInvariant(id[17]);
    }
}
