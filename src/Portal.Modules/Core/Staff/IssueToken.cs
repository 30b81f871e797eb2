using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// POST /api/v1/auth/token: a bearer token for a program acting as a staff member. The same rules as the
/// back-office sign-in hold: lockout after repeated failures, and a second factor for every account (an authenticator
/// code, which works once, or one of the account's recovery codes). An account without an authenticator gets no token
/// until it has enrolled one in the back office or was given one by <c>POST /api/v1/staff/users</c>.
/// </summary>
public static class IssueToken
{
    public sealed record Command(string? UserName, string? Password, string? Totp, string? RecoveryCode = null);

    public sealed record Result(string AccessToken, DateTime ExpiresAt);

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public sealed class Handler(
        UserManager<StaffUser> users,
        SignInManager<StaffUser> signIn,
        PasswordCheck passwords,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors()
                .Require("userName", command.UserName, CoreText.UserName)
                .Require("password", command.Password, CoreText.Password);
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            if (await passwords.CheckAsync(command.UserName!, command.Password!) is not { } user)
            {
                return Outcome<Result>.Unauthorized(CoreText.BadCredentials);
            }
            if (!await users.GetTwoFactorEnabledAsync(user))
            {
                return Outcome<Result>.Forbidden(CoreText.TwoFactorNeeded);
            }
            if (!string.IsNullOrWhiteSpace(command.RecoveryCode))
            {
                if (!(await users.RedeemTwoFactorRecoveryCodeAsync(user, command.RecoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal))).Succeeded)
                {
                    await passwords.RecordFailureAsync(user);
                    return Outcome<Result>.Unauthorized(CoreText.BadRecoveryCode);
                }
            }
            else
            {
                if (string.IsNullOrWhiteSpace(command.Totp))
                {
                    return Outcome<Result>.Unauthorized(CoreText.TotpRequired).With("totpRequired", true);
                }
                var code = command.Totp.Replace(" ", string.Empty, StringComparison.Ordinal);
                if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
                {
                    await passwords.RecordFailureAsync(user);
                    return Outcome<Result>.Unauthorized(CoreText.BadTotp);
                }
            }
            await passwords.ClearAsync(user);

            var principal = await signIn.CreateUserPrincipalAsync(user);
            var expiresAt = clock.GetUtcNow().Add(Lifetime);
            var properties = new AuthenticationProperties { IssuedUtc = clock.GetUtcNow(), ExpiresUtc = expiresAt };
            var ticket = new AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme);
            var token = bearerOptions.Get(IdentityConstants.BearerScheme).BearerTokenProtector.Protect(ticket);
            return Outcome<Result>.Ok(new Result(token, expiresAt.UtcDateTime));
        }
    }
}
