using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Mail;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// "忘记密码" (POST /api/v1/auth/password-reset and the page), or an administrator sending a member a reset link
/// (POST /api/v1/staff/users/{userName}/password-reset): a single-use link, valid for <see cref="LinkLifetime"/>, mailed
/// to the account's address. The answer and its time are the same whether the account exists or not.
/// </summary>
public static class RequestPasswordReset
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(30);

    /// <param name="Account">The user name or e-mail address.</param>
    public sealed record Command(string? Account);

    public sealed record Result(string Message);

    public sealed class Handler(UserManager<StaffUser> users, PortalDbContext db, MailOutbox outbox, Audit audit, IOptions<PortalOptions> options, TimeProvider clock)
    {
        /// <param name="requestBaseUrl">The address the request came to, used only where Portal:Site:PublicUrl is not set.</param>
        public async Task<Outcome<Result>> HandleAsync(Command command, string requestBaseUrl, string actor, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors().Require("account", command.Account, CoreText.ResetAccount);
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            var started = Stopwatch.GetTimestamp();
            var account = command.Account!.Trim();
            var email = users.NormalizeEmail(account);
            var found = await users.FindByNameAsync(account) is { } byName
                ? [byName]
                : await db.Users.Where(u => u.NormalizedEmail == email).ToListAsync(cancellationToken);
            var baseUrl = options.Value.Site.BaseUrlFor(requestBaseUrl);
            var until = ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime.Add(LinkLifetime));
            foreach (var user in found.Where(u => u.DisabledAt is null && !string.IsNullOrWhiteSpace(u.Email)))
            {
                var token = await users.GeneratePasswordResetTokenAsync(user);
                var link = $"{baseUrl}/account/reset-password?user={Uri.EscapeDataString(user.UserName!)}&token={Uri.EscapeDataString(token)}";
                outbox.Enqueue($"password-reset:{user.Id}:{clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture)}", user.Email!, user.UserName,
                    CoreText.ResetMailSubject, string.Format(CoreText.ResetMailBody, user.UserName, link, until));
                audit.Record(actor, "staff.password-reset-link", nameof(StaffUser), user.Id, new { userName = user.UserName });
            }
            await db.SaveChangesAsync(cancellationToken);
            var rest = PasswordCheck.Floor - Stopwatch.GetElapsedTime(started);
            if (rest > TimeSpan.Zero)
            {
                await Task.Delay(rest, cancellationToken);
            }
            return Outcome<Result>.Ok(new Result(CoreText.ResetRequested));
        }
    }
}
