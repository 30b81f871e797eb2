using System.Text.Json;

namespace Portal.Modules.Core.Common;

/// <summary>
/// A text field or parameter that takes one of an enumeration's wire values (<see cref="WireValue"/>): the open-data
/// contract lists them, so a program knows the choices without reading docs/api.md.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class WireValuesAttribute : Attribute
{
    public WireValuesAttribute(Type enumeration) => Values = [.. Enum.GetNames(enumeration).Select(JsonNamingPolicy.KebabCaseLower.ConvertName)];

    public WireValuesAttribute(params string[] values) => Values = values;

    public IReadOnlyList<string> Values { get; }
}
