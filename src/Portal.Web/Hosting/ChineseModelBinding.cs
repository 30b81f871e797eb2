using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Portal.Modules.Core.Common;

namespace Portal.Web.Hosting;

/// <summary>Model binding speaks Chinese, and a malformed API request gets a 400 problem naming the field, in Chinese.</summary>
public static class ChineseModelBinding
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”不是{field}的有效取值。");
        p.SetMissingBindRequiredValueAccessor(field => $"缺少{field}。");
        p.SetMissingKeyOrValueAccessor(() => "缺少取值。");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "请求体不能为空。");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效的取值。");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "取值无效。");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "须为数字。");
        p.SetUnknownValueIsInvalidAccessor(field => $"{field}的取值无效。");
        p.SetValueIsInvalidAccessor(value => $"“{value}”无效。");
        p.SetValueMustBeANumberAccessor(field => $"{field}须为数字。");
        p.SetValueMustNotBeNullAccessor(value => $"“{value}”不能为空。");
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
                    errors["body"] = ["请求体不能为空，且须为有效的 JSON。"];
                }
                continue;
            }
            var field = FieldErrors.NameOf(key);
            var messages = entry!.Errors.Select(e =>
                // System.Text.Json explains a bad body in English; say it in Chinese and name the field.
                e.ErrorMessage.Contains(PlainTextJson.Refusal, StringComparison.Ordinal)
                    ? $"字段“{field}”{PlainTextJson.Refusal}（如 NUL、U+FFFE），请删除后重试。"
                : e.Exception is not null || key.StartsWith('$') || string.IsNullOrEmpty(e.ErrorMessage) || IsEnglish(e.ErrorMessage)
                    ? (field.Length == 0 ? "请求体不是有效的 JSON。" : $"字段“{field}”的取值类型不正确。")
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

    private static bool IsEnglish(string message) => message.All(c => c < 0x2E80);
}
