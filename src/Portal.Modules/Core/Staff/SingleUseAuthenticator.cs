using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// The authenticator-app check (RFC 6238: HMAC-SHA1, 30-second steps, six digits) in place of Identity's own, which
/// accepts the same code again for as long as it is valid. A code is accepted for the step before, the current and
/// the next (clocks drift), and only for a step later than the last one this account used: the step is claimed by
/// one conditional update, so a code seen over a shoulder or in a log, or sent twice at once, works once only.
/// </summary>
public sealed class SingleUseAuthenticator(PortalDbContext db, TimeProvider clock) : IUserTwoFactorTokenProvider<StaffUser>
{
    public Task<string> GenerateAsync(string purpose, UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(string.Empty);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffUser> manager, StaffUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        var key = AuthenticatorKeys.Decode(await manager.GetAuthenticatorKeyAsync(user));
        if (key is null || token.Length != 6 || !int.TryParse(token, System.Globalization.NumberStyles.None, null, out var code))
        {
            return false;
        }
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(BitConverter.GetBytes(Code(key, step)), BitConverter.GetBytes(code)))
            {
                var claimed = await db.Set<StaffUser>()
                    .Where(u => u.Id == user.Id && (u.TotpLastStep == null || u.TotpLastStep < step))
                    .ExecuteUpdateAsync(s => s.SetProperty(u => u.TotpLastStep, step));
                return claimed == 1;
            }
        }
        return false;
    }

    public static int Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(key, counter, hash);
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFFFFFF);
        return binary % 1_000_000;
    }
}
