using System.Globalization;

namespace Portal.Modules.Core.Localization;

/// <summary>
/// A text of the portal with data in its placeholders, kept apart until shown: as plain text for programs, and as
/// HTML in which the data is marked as Chinese on pages in another language (<see cref="DataHtml"/>).
/// </summary>
public sealed record TextWithData(string Format, params object?[] Values)
{
    public override string ToString() => string.Format(CultureInfo.CurrentCulture, Format, Values);

    public string ToMarkup() => DataHtml.Format(Format, Values).ToString()!;
}
