using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Localization;
using Portal.Modules.Core.Mail;
using Portal.Modules.Core.Regions;
using Portal.Modules.Disclosure.Announcements;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Subscriptions;

/// <summary>
/// Anyone asks for a daily digest (POST /subscriptions): the request is kept unconfirmed and a mail asks the address's
/// owner to confirm it (double opt-in), so nobody can sign up someone else. The answer is the same whether or not the
/// address is known, and an address gets at most <see cref="RequestsPerAddressPerDay"/> such mails a day.
/// </summary>
public static class Subscribe
{
    public const int RequestsPerAddressPerDay = 3;

    public sealed record Command
    {
        public string? Email { get; init; }
        public string? List { get; init; }
        public string? Region { get; init; }
        public string? Industry { get; init; }
        public string? Enterprise { get; init; }
    }

    public sealed class Validator(PortalDbContext db, RegionDirectory regions, NameDirectory names)
    {
        public sealed record Valid(string Email, string? List, Region? Region, string? Industry, string? Enterprise);

        public async Task<(Valid? Value, ValidationErrors Errors)> ValidateAsync(Command command, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors();
            var email = Address(command.Email, errors);
            var list = errors.Enum<AnnouncementList>(command.List, "list");
            var region = SearchFilters.Region(command.Region, await regions.GetAsync(cancellationToken), errors);
            var industry = await SearchFilters.IndustryAsync(command.Industry, names, db, errors, cancellationToken);
            string? enterprise = null;
            if (!string.IsNullOrWhiteSpace(command.Enterprise))
            {
                var check = CreditCode.Check(command.Enterprise);
                enterprise = check.IsValid ? check.Normalized : command.Enterprise.Trim();
                if (!check.IsValid || !await db.Enterprises.AnyAsync(e => e.CreditCode == enterprise, cancellationToken))
                {
                    errors.Add("enterprise", string.Format(DisclosureText.SubscriptionUnknownEnterprise, command.Enterprise.Trim()));
                }
            }
            return errors.IsEmpty ? (new Valid(email!, list is { } l ? WireValue.Of(l) : null, region, industry, enterprise), errors) : (null, errors);
        }

        /// <summary>One plain address (name@domain.tld), as a mail reader would write it back; no display names, no lists.</summary>
        private static string? Address(string? input, ValidationErrors errors)
        {
            var email = input?.Trim();
            if (string.IsNullOrEmpty(email))
            {
                errors.Add("email", DisclosureText.SubscriptionEmailRequired);
                return null;
            }
            if (email.Length > 254 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !parsed.Host.Contains('.', StringComparison.Ordinal)
                || email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                errors.Add("email", string.Format(DisclosureText.SubscriptionEmailInvalid, email.Length > 80 ? email[..80] + "…" : email));
                return null;
            }
            return email;
        }
    }

    public sealed class Handler(PortalDbContext db, Validator validator, MailOutbox outbox, RegionDirectory regions, NameDirectory names,
        Microsoft.Extensions.Options.IOptions<PortalOptions> options, TimeProvider clock)
    {
        /// <param name="requestBaseUrl">The address the request came to, for the mails' links where Portal:Site:PublicUrl is not set.</param>
        public async Task<Outcome<string>> HandleAsync(Command command, string requestBaseUrl, CancellationToken cancellationToken)
        {
            var (valid, errors) = await validator.ValidateAsync(command, cancellationToken);
            if (valid is null)
            {
                return Outcome<string>.Invalid(errors);
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var recent = await db.Set<Subscription>().CountAsync(s => s.Email == valid.Email && s.CreatedAt > now.AddDays(-1), cancellationToken);
            if (recent >= RequestsPerAddressPerDay)
            {
                // Said the same way as a success: a stranger learns nothing, and the owner's mailbox is not flooded.
                return Outcome<string>.Ok(valid.Email);
            }
            var subscription = new Subscription
            {
                Email = valid.Email,
                Token = Subscription.NewToken(),
                List = valid.List,
                RegionCode = valid.Region?.Code,
                RegionPath = valid.Region?.Path,
                IndustryCode = valid.Industry,
                EnterpriseCreditCode = valid.Enterprise,
                Language = PortalCultures.Current,
                SiteUrl = options.Value.Site.BaseUrlFor(requestBaseUrl),
                CreatedAt = now,
            };
            db.Set<Subscription>().Add(subscription);
            var scope = await SubscriptionScope.DescribeAsync(subscription, await regions.GetAsync(cancellationToken), names, db, cancellationToken);
            var link = $"{subscription.SiteUrl}/subscriptions/{subscription.Token}";
            outbox.Enqueue(subscription.MailKey("confirm"), subscription.Email, null,
                string.Format(DisclosureText.SubscriptionConfirmSubject, scope),
                string.Format(DisclosureText.SubscriptionConfirmBody, scope, link, (int)Subscription.PendingFor.TotalDays));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<string>.Ok(valid.Email);
        }
    }
}
