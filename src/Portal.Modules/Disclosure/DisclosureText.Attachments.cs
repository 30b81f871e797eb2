namespace Portal.Modules.Disclosure;

/// <summary>The texts of an announcement's attached documents (通知书 as PDFs).</summary>
public static partial class DisclosureText
{
    // Attachments (the original documents, e.g. 整改通知书)
    public const string Attachments = "附件";
    public const string AttachmentTitle = "附件名称";
    public const string AttachmentTitleHelp = "如“整改通知书”；不填则用文件名。";
    public const string AttachmentFile = "PDF 文件";
    public const string AttachmentFileHelp = "只接受 PDF，不超过 {0} MB。上传后会清除作者、软件、时间等文档属性，只保留页面内容。";
    public const string AttachmentUpload = "上传附件";
    public const string AttachmentRemove = "删除";
    public const string AttachmentSize = "大小";
    public const string AttachmentNone = "尚无附件。";
    public const string AttachmentLink = "{0}（PDF，{1}）";
    public const string AttachmentFileRequired = "请选择要上传的 PDF 文件。";
    public const string AttachmentTooLarge = "文件不能超过 {0} MB。";
    public const string AttachmentNotPdf = "只能上传 PDF 文件，“{0}”不是 PDF。";
    public const string AttachmentUnreadable = "无法读取该 PDF（可能已损坏或加密），请另存为标准 PDF 后再上传。";
    public const string AttachmentTooMany = "每条公告最多 {0} 个附件。";
    public const string AttachmentOnlyDrafts = "附件只能在发布前上传或删除；已发布的公告请通过更正说明。";
    public const string AttachmentNotFound = "没有这个附件。";
    public const string AttachmentUploaded = "附件已上传，文档属性已清除。";
    public const string AttachmentRemoved = "附件已删除。";

    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{Math.Round(bytes / 1024.0, 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} KB",
        _ => $"{Math.Round(bytes / 1024.0 / 1024.0, 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} MB",
    };
}
