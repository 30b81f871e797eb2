using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Portal.Modules.Core.Localization;

/// <summary>
/// One module's texts, read through <see cref="IStringLocalizer"/> from the resources named after its text class
/// (<c>DisclosureText.resx</c> holds the Chinese source, <c>DisclosureText.en.resx</c> the English). The language is
/// the request's (<see cref="PortalCultures"/>); a text with no translation reads in Chinese, so a back-office text
/// that has none yet still shows.
/// </summary>
public sealed class ModuleTexts(Type textClass)
{
    // Stateless apart from ResourceManager's own per-culture cache: one for every module and request.
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    private readonly IStringLocalizer _localizer = Factory.Create(textClass);

    public string this[string name]
    {
        get
        {
            var text = _localizer[name];
            return text.ResourceNotFound ? throw new InvalidOperationException($"{textClass.Name}.resx has no text named {name}") : text.Value;
        }
    }

    /// <summary>A text that becomes part of a record: Chinese whatever the request's language (<see cref="PortalCultures"/>).</summary>
    public string Chinese(string name) => PortalCultures.InChinese(() => this[name]);
}
