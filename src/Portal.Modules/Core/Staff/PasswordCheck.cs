using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// The password step of every sign-in (the page and <c>POST /api/v1/auth/token</c>). From outside, an unknown user, a
/// wrong password and a held account look the same: the same answer, and no sooner than <see cref="Floor"/>, because a
/// password hash is verified in every case (a stand-in hash for an unknown name) and every refusal waits out the rest.
/// An account is held back after repeated failures for a short delay that doubles with each further failure (15 s, 30 s,
/// … at most 15 minutes), not for a long lock a stranger could keep renewing; an administrator can release it at once.
/// </summary>
public sealed class PasswordCheck(UserManager<StaffUser> users, IPasswordHasher<StaffUser> hasher, TimeProvider clock)
{
    public static readonly TimeSpan Floor = TimeSpan.FromMilliseconds(400);

    /// <summary>Failures before the first delay.</summary>
    public const int FreeFailures = 5;

    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(15);

    public static readonly TimeSpan LongestDelay = TimeSpan.FromMinutes(15);

    private static readonly Lazy<string> StandInHash = new(() =>
        new PasswordHasher<StaffUser>().HashPassword(new StaffUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    /// <summary>The account when the password is right and the account is not held back; otherwise null, after the floor.</summary>
    public async Task<StaffUser?> CheckAsync(string userName, string password)
    {
        var started = Stopwatch.GetTimestamp();
        var user = await users.FindByNameAsync(userName.Trim());
        var right = hasher.VerifyHashedPassword(user ?? new StaffUser(), user?.PasswordHash ?? StandInHash.Value, password) != PasswordVerificationResult.Failed;
        // A disabled account is refused like a held one: from outside, nobody can tell it exists.
        var held = user is not null && (user.DisabledAt is not null || await users.IsLockedOutAsync(user));
        if (user is not null && right && !held)
        {
            // The count is cleared only once the second factor has passed too, or guessing codes would cost nothing.
            return user;
        }
        if (user is not null && !held)
        {
            await RecordFailureAsync(user);
        }
        var rest = Floor - Stopwatch.GetElapsedTime(started);
        if (rest > TimeSpan.Zero)
        {
            await Task.Delay(rest);
        }
        return null;
    }

    /// <summary>A wrong password or second factor: counts towards the delay.</summary>
    public async Task RecordFailureAsync(StaffUser user)
    {
        user.AccessFailedCount++;
        if (DelayAfter(user.AccessFailedCount) is { } delay)
        {
            user.LockoutEnd = clock.GetUtcNow().Add(delay);
        }
        await users.UpdateAsync(user);
    }

    /// <summary>How long an account is held after this many failures in a row; none before <see cref="FreeFailures"/>.</summary>
    public static TimeSpan? DelayAfter(int failures) => failures < FreeFailures
        ? null
        : TimeSpan.FromTicks(Math.Min(FirstDelay.Ticks << Math.Min(failures - FreeFailures, 10), LongestDelay.Ticks));

    /// <summary>A sign-in that passed both factors, or an administrator releasing the account.</summary>
    public async Task ClearAsync(StaffUser user)
    {
        if (user.AccessFailedCount != 0 || user.LockoutEnd is not null)
        {
            user.AccessFailedCount = 0;
            user.LockoutEnd = null;
            await users.UpdateAsync(user);
        }
    }
}
