namespace Portal.Modules.Reports;

/// <summary><c>Portal:Reports:*</c>.</summary>
public sealed class ReportsOptions
{
    public const string Section = "Portal:Reports";

    /// <summary>One evidence file: a phone photo is a few MB, a short video tens.</summary>
    public long MaxFileBytes { get; set; } = 30L * 1024 * 1024;

    /// <summary>All files of one report (or of one addition to it) together.</summary>
    public long MaxReportBytes { get; set; } = 100L * 1024 * 1024;

    public int MaxFiles { get; set; } = 10;

    /// <summary>How long ffmpeg or mat2 may take over one file before it is refused.</summary>
    public TimeSpan CleaningTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Debian's <c>ffmpeg</c>, which remuxes videos without their metadata.</summary>
    public string FfmpegPath { get; set; } = "ffmpeg";

    /// <summary>Debian's <c>mat2</c>, which draws PDFs anew without their metadata.</summary>
    public string Mat2Path { get; set; } = "mat2";

    /// <summary>
    /// The other ways to report, per level (<c>Portal:Reports:Channels:0:Unit</c> …), shown on /report/channels for
    /// anyone who cannot or will not use the form. Without configuration the nationwide 12345 hotline is listed.
    /// </summary>
    public List<ReportChannel> Channels { get; set; } = [];
}

/// <summary>One unit that takes reports by telephone, letter or e-mail.</summary>
public sealed class ReportChannel
{
    public string? Level { get; set; }
    public string? Unit { get; set; }
    public string? Hotline { get; set; }
    public string? Hours { get; set; }
    public string? Address { get; set; }
    public string? PostCode { get; set; }
    public string? Email { get; set; }
}

/// <summary><c>Portal:Captcha:*</c> (docs/architecture.md): the self-hosted proof of work, or reCAPTCHA where it is reachable.</summary>
public sealed class CaptchaOptions
{
    public const string Section = "Portal:Captcha";

    /// <summary><c>ProofOfWork</c> (default) or <c>ReCaptcha</c>.</summary>
    public string Provider { get; set; } = "ProofOfWork";

    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>The secret number is drawn up to this; a phone tries about half of them, well under a second.</summary>
    public int MaxNumber { get; set; } = 100_000;

    public string? ReCaptchaSiteKey { get; set; }
    public string? ReCaptchaSecretKey { get; set; }

    /// <summary>recaptcha.net answers from mainland China where google.com does not.</summary>
    public string ReCaptchaVerifyUrl { get; set; } = "https://www.recaptcha.net/recaptcha/api/siteverify";

    public bool UsesReCaptcha => string.Equals(Provider, ReCaptcha, StringComparison.OrdinalIgnoreCase);

    public const string ReCaptcha = "ReCaptcha";

    /// <summary>Where the reCAPTCHA script and frame come from; the page's content security policy must allow it.</summary>
    public const string ReCaptchaOrigin = "https://www.recaptcha.net";
}
