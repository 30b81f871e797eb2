namespace Portal.Modules.Disclosure;

/// <summary>The texts of an announcement's attached documents (通知书 as PDFs).</summary>
public static partial class DisclosureText
{
    // Attachments (the original documents, e.g. 整改通知书)
    public static string Attachments => Resource[nameof(Attachments)];
    public static string AttachmentTitle => Resource[nameof(AttachmentTitle)];
    public static string AttachmentTitleHelp => Resource[nameof(AttachmentTitleHelp)];
    public static string AttachmentFile => Resource[nameof(AttachmentFile)];
    public static string AttachmentFileHelp => Resource[nameof(AttachmentFileHelp)];
    public static string AttachmentUpload => Resource[nameof(AttachmentUpload)];
    public static string AttachmentRemove => Resource[nameof(AttachmentRemove)];
    public static string AttachmentSize => Resource[nameof(AttachmentSize)];
    public static string AttachmentNone => Resource[nameof(AttachmentNone)];
    public static string AttachmentLink => Resource[nameof(AttachmentLink)];
    public static string AttachmentFileRequired => Resource[nameof(AttachmentFileRequired)];
    public static string AttachmentTooLarge => Resource[nameof(AttachmentTooLarge)];
    public static string AttachmentNotPdf => Resource[nameof(AttachmentNotPdf)];
    public static string AttachmentUnreadable => Resource[nameof(AttachmentUnreadable)];
    public static string AttachmentTooMany => Resource[nameof(AttachmentTooMany)];
    public static string AttachmentOnlyDrafts => Resource[nameof(AttachmentOnlyDrafts)];
    public static string AttachmentNotFound => Resource[nameof(AttachmentNotFound)];
    public static string AttachmentUploaded => Resource[nameof(AttachmentUploaded)];
    public static string AttachmentRemoved => Resource[nameof(AttachmentRemoved)];

    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{Math.Round(bytes / 1024.0, 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} KB",
        _ => $"{Math.Round(bytes / 1024.0 / 1024.0, 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} MB",
    };
}
