using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// Public pages are cached; whatever changes what the public sees evicts them by this tag. Other nodes' caches
/// expire after <see cref="PublicPageLifetime"/>, which also bounds how late a scheduled publication appears.
/// </summary>
public sealed class DisclosureCache(IOutputCacheStore store)
{
    public const string Policy = "disclosure-public";
    public const string Tag = "disclosure";
    public static readonly TimeSpan PublicPageLifetime = TimeSpan.FromSeconds(60);

    public ValueTask EvictAsync(CancellationToken cancellationToken) => store.EvictByTagAsync(Tag, cancellationToken);
}

/// <summary>Makes a draft public: its 索引号, publication time, first version and audit entry, in one save.</summary>
public sealed class Publication(PortalDbContext db, DepartmentDirectory departments, Audit audit, TimeProvider clock, DisclosureCache cache)
{
    public bool IsScheduled(Announcement a) => a.PublishAt > clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome<DateTime>> PublishAsync(Announcement a, string actor, DateTime? publishAtUtc, string action, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (publishAtUtc is { } at && at < now.AddMinutes(-1))
        {
            return Outcome<DateTime>.Invalid(new ValidationErrors().Add("publishAt", DisclosureText.PublishAtPast));
        }
        var publishAt = publishAtUtc is { } later && later > now ? later : now;
        a.Status = AnnouncementStatus.Published;
        a.PublishAt = publishAt;
        a.PublishedOn = ChinaTime.DateOf(publishAt);
        a.WrittenOn ??= ChinaTime.DateOf(now);
        a.Version = 1;
        a.UpdatedAt = now;
        a.ReviewComment = null;
        db.AnnouncementVersions().Add(new AnnouncementVersion
        {
            AnnouncementId = a.Id, Number = 1, Title = a.Title, DocumentNumber = a.DocumentNumber, Deadline = a.Deadline,
            Body = a.Body, CreatedAt = now, CreatedBy = actor,
        });

        // 索引号 runs per publishing unit and year; the unique index settles the rare race between two publishers of one unit.
        var kinds = await departments.KindsAsync(cancellationToken);
        var kindNumber = kinds.FirstOrDefault(k => k.Code == a.DepartmentKindCode)?.SortOrder ?? 0;
        var prefix = $"{a.RegionCode}-{kindNumber:D2}/{a.PublishedOn.Value.Year}-";
        for (var attempt = 0; ; attempt++)
        {
            var taken = await db.Announcements().CountAsync(x => x.IndexNumber != null && x.IndexNumber.StartsWith(prefix), cancellationToken);
            a.IndexNumber = $"{prefix}{taken + 1 + attempt:D5}";
            audit.Record(actor, action, nameof(Announcement), a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new { a.IndexNumber, publishAt, a.PublicationDueOn, publishedOn = a.PublishedOn });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                foreach (var entry in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
                {
                    entry.State = EntityState.Detached;
                }
            }
        }
        await cache.EvictAsync(cancellationToken);
        return Outcome<DateTime>.Ok(publishAt);
    }
}

/// <summary>What changed between two states of an announcement, field by field, for the audit trail.</summary>
public static class Changes
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Dictionary<string, object?[]> Between(AnnouncementInput before, AnnouncementInput after)
    {
        var changes = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var property in typeof(AnnouncementInput).GetProperties())
        {
            var old = System.Text.Json.JsonSerializer.Serialize(property.GetValue(before), Json);
            var now = System.Text.Json.JsonSerializer.Serialize(property.GetValue(after), Json);
            if (old != now)
            {
                changes[System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = [property.GetValue(before), property.GetValue(after)];
            }
        }
        return changes;
    }
}
