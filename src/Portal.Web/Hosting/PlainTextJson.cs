using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Web.Hosting;

/// <summary>
/// Every string of a JSON body is text a person could have typed (<see cref="PlainText"/>): a NUL that PostgreSQL would
/// refuse on saving, or a U+FFFE that an Atom feed could not carry, is a 400 naming the field, not a 500 later.
/// </summary>
public sealed class PlainTextJson : JsonConverter<string>
{
    /// <summary>Recognised by the API's problem factory, which says it in the reader's language and names the field.</summary>
    public const string Refusal = "control-or-invalid-characters";

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return PlainText.IsClean(text, allowLineBreaks: true) ? text : throw new JsonException(Refusal);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
