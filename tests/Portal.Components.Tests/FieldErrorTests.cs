using Portal.Modules.Core.Components;

namespace Portal.Components.Tests;

public class FieldErrorTests : BunitContext
{
    private static readonly Dictionary<string, string[]> Errors = new()
    {
        ["deadline"] = ["请填写企业的整改（退出）期限。", "期限须晚于检查完成日期。"],
    };

    [Fact]
    public void A_fields_problems_show_beside_it_under_its_api_name()
    {
        var cut = Render<FieldError>(p => p.Add(c => c.Field, "deadline").Add(c => c.Errors, Errors));
        cut.MarkupMatches("""<span class="field-error" id="e-deadline" data-field="deadline">请填写企业的整改（退出）期限。 期限须晚于检查完成日期。</span>""");
    }

    [Fact]
    public void A_field_without_problems_renders_nothing()
    {
        Assert.Empty(Render<FieldError>(p => p.Add(c => c.Field, "title").Add(c => c.Errors, Errors)).Markup.Trim());
        Assert.Empty(Render<FieldError>(p => p.Add(c => c.Field, "title")).Markup.Trim());
    }
}
