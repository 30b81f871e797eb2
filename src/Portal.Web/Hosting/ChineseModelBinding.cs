using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Portal.Modules.Core.Common;

namespace Portal.Web.Hosting;

/// <summary>Model binding speaks the reader's language, and a malformed API request gets a 400 problem naming the field.</summary>
public static class ChineseModelBinding
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => string.Format(WebText.BindingInvalidValue, value, field));
        p.SetMissingBindRequiredValueAccessor(field => string.Format(WebText.BindingMissing, field));
        p.SetMissingKeyOrValueAccessor(() => WebText.BindingMissingValue);
        p.SetMissingRequestBodyRequiredValueAccessor(() => WebText.BindingBodyRequired);
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => string.Format(WebText.BindingInvalid, value));
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => WebText.BindingUnknownInvalid);
        p.SetNonPropertyValueMustBeANumberAccessor(() => WebText.BindingMustBeNumber);
        p.SetUnknownValueIsInvalidAccessor(field => string.Format(WebText.BindingFieldInvalid, field));
        p.SetValueIsInvalidAccessor(value => string.Format(WebText.BindingValueInvalid, value));
        p.SetValueMustBeANumberAccessor(field => string.Format(WebText.BindingFieldMustBeNumber, field));
        p.SetValueMustNotBeNullAccessor(value => string.Format(WebText.BindingNotNull, value));
    }

    public static IActionResult Problem(ActionContext context)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var bodyParameters = context.ActionDescriptor.Parameters
            .Where(p => p.BindingInfo?.BindingSource == BindingSource.Body)
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var failed = context.ModelState.Where(e => e.Value?.Errors.Count > 0).ToList();
        foreach (var (key, entry) in failed)
        {
            if (bodyParameters.Contains(key))
            {
                // "The command field is required" only repeats that the body could not be read; say that once.
                if (failed.Count == 1)
                {
                    errors["body"] = [WebText.BodyMustBeJson];
                }
                continue;
            }
            var field = FieldErrors.NameOf(key);
            var messages = entry!.Errors.Select(e =>
                // System.Text.Json explains a bad body in its own words; say it in the reader's language and name the field.
                e.ErrorMessage.Contains(PlainTextJson.Refusal, StringComparison.Ordinal)
                    ? string.Format(WebText.FieldHasControlCharacters, field)
                : e.Exception is not null || key.StartsWith('$') || string.IsNullOrEmpty(e.ErrorMessage) || IsFrameworkMessage(e.ErrorMessage)
                    ? (field.Length == 0 ? WebText.BodyNotJson : string.Format(WebText.FieldWrongType, field))
                    : e.ErrorMessage).Distinct().ToArray();
            errors[field.Length == 0 ? "body" : field] = messages;
        }
        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = Portal.Modules.Core.CoreText.ValidationTitle,
            Detail = string.Concat(errors.Values.SelectMany(v => v)),
        };
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    /// <summary>
    /// A message the framework wrote itself (ours all come from the texts): in Chinese pages anything without a Chinese
    /// character, in English ones System.Text.Json's and DataAnnotations' own phrasing.
    /// </summary>
    private static bool IsFrameworkMessage(string message) => Portal.Modules.Core.Localization.PortalCultures.IsEnglish
        ? message.Contains("JSON", StringComparison.Ordinal) || message.Contains("System.", StringComparison.Ordinal) || message.StartsWith("The field ", StringComparison.Ordinal)
        : message.All(c => c < 0x2E80);
}
