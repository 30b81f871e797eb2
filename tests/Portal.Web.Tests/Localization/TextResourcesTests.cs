using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Portal.Modules.Core.Localization;

namespace Portal.Web.Tests.Localization;

/// <summary>Every text each module names exists in Chinese, and every English translation says the same things in the same places.</summary>
public partial class TextResourcesTests
{
    private static readonly Type[] TextClasses =
    [
        typeof(Portal.Modules.Core.CoreText), typeof(Portal.Modules.Disclosure.DisclosureText), typeof(Portal.Modules.Reports.ReportsText),
        typeof(Portal.Modules.Search.SearchText), typeof(Portal.Modules.Supervision.SupervisionText), typeof(Portal.Jobs.JobsText),
        typeof(Portal.Web.WebText), typeof(Portal.Theme.ThemeText), typeof(Portal.Modules.Campaign.CampaignText),
    ];

    [GeneratedRegex(@"\{(\d+)")]
    private static partial Regex Placeholder();

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("the repository's root was not found");
    }

    [Fact]
    public void Every_text_a_module_names_reads_in_chinese_and_in_english_without_a_missing_resource()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var culture in PortalCultures.Supported)
            {
                CultureInfo.CurrentUICulture = culture;
                foreach (var property in TextClasses.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static)).Where(p => p.PropertyType == typeof(string)))
                {
                    var text = (string?)property.GetValue(null);
                    Assert.False(string.IsNullOrEmpty(text), $"{property.DeclaringType!.Name}.{property.Name} in {culture.Name}");
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Each_english_text_translates_a_chinese_one_with_the_same_placeholders()
    {
        var pairs = Directory.EnumerateFiles(Root(), "*.en.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.Equal(TextClasses.Length, pairs.Count);
        foreach (var english in pairs)
        {
            static Dictionary<string, string> Read(string path) => XDocument.Load(path).Root!.Elements("data")
                .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
            var zh = Read(english.Replace(".en.resx", ".resx"));
            foreach (var (name, text) in Read(english))
            {
                Assert.True(zh.TryGetValue(name, out var source), $"{Path.GetFileName(english)}: {name} has no Chinese source");
                string Slots(string s) => string.Join(',', Placeholder().Matches(s).Select(m => m.Groups[1].Value).Distinct().Order());
                Assert.True(Slots(source!) == Slots(text), $"{Path.GetFileName(english)}: {name} fills {{{Slots(text)}}} where the Chinese fills {{{Slots(source!)}}}");
            }
        }
    }
}
