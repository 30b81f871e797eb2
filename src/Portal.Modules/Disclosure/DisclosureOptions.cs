namespace Portal.Modules.Disclosure;

/// <summary><c>Portal:Disclosure:*</c>: the documents attached to announcements.</summary>
public sealed class DisclosureOptions
{
    public const string Section = "Portal:Disclosure";

    /// <summary>A scanned notice of a few pages is one or two MB.</summary>
    public long MaxAttachmentBytes { get; set; } = 20L * 1024 * 1024;

    public int MaxAttachments { get; set; } = 10;

    /// <summary>Debian's <c>mat2</c>, which removes a PDF's document properties and keeps its pages.</summary>
    public string Mat2Path { get; set; } = "mat2";

    public TimeSpan CleaningTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
