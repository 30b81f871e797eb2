using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Files;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// POST /api/v1/announcements/{id}/attachments: the editor attaches the original document (通知书) to an announcement not
/// yet published. Only a PDF, checked by its content; its document properties (author, software, dates, XMP) are
/// removed by mat2 before it is kept, as for a reporter's evidence, with its pages kept as they are.
/// </summary>
public static class AttachDocument
{
    public const int MaxTitle = 100;

    public sealed record Command(string? Title, string? FileName, byte[]? Content);

    public sealed record Result(int Id, int AnnouncementId, string Title, long Size, string Sha256);

    public sealed class Handler(PortalDbContext db, OwnAnnouncement own, PdfCleaner pdf, Audit audit, TimeProvider clock, IOptions<DisclosureOptions> options)
    {
        public async Task<Outcome<Result>> HandleAsync(int announcementId, Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            var loaded = await own.LoadAsync(announcementId, actor, cancellationToken);
            if (!loaded.Succeeded)
            {
                return loaded.Cast<Result>();
            }
            var announcement = loaded.Value!;
            if (announcement.Status is not (AnnouncementStatus.Draft or AnnouncementStatus.InReview))
            {
                return Outcome<Result>.Conflict(DisclosureText.AttachmentOnlyDrafts);
            }
            var limits = options.Value;
            var errors = new ValidationErrors();
            var name = Path.GetFileName(command.FileName?.Replace('\\', '/') ?? string.Empty);
            if (command.Content is not { Length: > 0 } content)
            {
                return Outcome<Result>.Invalid(errors.Add("file", DisclosureText.AttachmentFileRequired));
            }
            if (content.Length > limits.MaxAttachmentBytes)
            {
                errors.Add("file", string.Format(DisclosureText.AttachmentTooLarge, limits.MaxAttachmentBytes / 1024 / 1024));
            }
            else if (!content.AsSpan().StartsWith("%PDF-"u8))
            {
                errors.Add("file", string.Format(DisclosureText.AttachmentNotPdf, name));
            }
            var title = string.IsNullOrWhiteSpace(command.Title) ? Path.GetFileNameWithoutExtension(name).Trim() : command.Title.Trim();
            if (string.IsNullOrEmpty(title))
            {
                // Stored with the announcement: in Chinese whatever the editor's language.
                title = Core.Localization.PortalCultures.InChinese(() => DisclosureText.Attachments);
            }
            errors.MaxLength(title, "title", DisclosureText.AttachmentTitle, MaxTitle);
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            if (await db.AnnouncementAttachments().CountAsync(a => a.AnnouncementId == announcementId, cancellationToken) >= limits.MaxAttachments)
            {
                return Outcome<Result>.Conflict(string.Format(DisclosureText.AttachmentTooMany, limits.MaxAttachments));
            }
            var cleaned = await pdf.CleanAsync(content, limits.Mat2Path, limits.CleaningTimeout, keepText: true, cancellationToken);
            if (cleaned is null)
            {
                return Outcome<Result>.Invalid(new ValidationErrors().Add("file", DisclosureText.AttachmentUnreadable));
            }
            var attachment = new AnnouncementAttachment
            {
                AnnouncementId = announcementId, Title = title, Size = cleaned.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(cleaned)),
                Content = cleaned, AddedBy = actor.UserName, AddedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.AnnouncementAttachments().Add(attachment);
            audit.Record(actor.UserName, "announcement.attach", nameof(Announcement), OwnAnnouncement.IdOf(announcement), new { attachment = title, size = DisclosureText.FileSize(cleaned.Length) });
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Created(new Result(attachment.Id, announcementId, title, attachment.Size, attachment.Sha256));
        }
    }
}
