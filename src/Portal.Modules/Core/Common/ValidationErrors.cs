namespace Portal.Modules.Core.Common;

/// <summary>Field errors keyed by the camelCase wire name of the field, as docs/api.md's problem details carry them.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
        return this;
    }

    public ValidationErrors Require(string field, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, string.Format(CoreText.FieldRequired, label));
        }
        return this;
    }

    /// <summary>
    /// Reads an enum's wire value, noting an unknown value with the accepted ones; an empty value is noted only when
    /// <paramref name="requiredLabel"/> names the field as required.
    /// </summary>
    public T? Enum<T>(string? wire, string field, string? requiredLabel = null) where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(wire))
        {
            if (requiredLabel is not null)
            {
                Add(field, string.Format(CoreText.FieldRequired, requiredLabel));
            }
            return null;
        }
        if (WireValue.TryParse<T>(wire, out var value))
        {
            return value;
        }
        Add(field, string.Format(CoreText.UnknownValue, wire, WireValue.List<T>()));
        return null;
    }

    public ValidationErrors MaxLength(string? value, string field, string label, int max)
    {
        if (value?.Trim().Length > max)
        {
            Add(field, string.Format(CoreText.TooLong, label, max));
        }
        return this;
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Every message as one text: Chinese sentences follow each other directly, English ones with a space.</summary>
    public string Summary() =>
        string.Join(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? string.Empty : " ", _errors.SelectMany(e => e.Value));
}
