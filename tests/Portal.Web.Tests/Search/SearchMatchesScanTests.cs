using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Search;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Search;

/// <summary>
/// What the index finds is what a reader finds by reading: every announcement whose text holds the term, no other,
/// with a total and facets that count all of them.
/// </summary>
[Collection(PortalCollection.Name)]
public class SearchMatchesScanTests(Portals portals)
{
    /// <summary>Every public announcement's searchable texts, read straight from the database and folded as a reader would compare them.</summary>
    private static async Task<List<SearchDocument>> ScanAsync(PortalFactory portal)
    {
        using var scope = portal.Services.CreateScope();
        var source = scope.ServiceProvider.GetServices<ISearchDocumentSource>().Single(s => s.Kind == "announcement");
        var documents = new List<SearchDocument>();
        await foreach (var document in source.ReadAllAsync(CancellationToken.None))
        {
            if (document.PublishAt <= DateTime.UtcNow)
            {
                documents.Add(document);
            }
        }
        return documents;
    }

    private static bool Holds(SearchDocument d, string term) =>
        d.Texts.Any(t => TextFolding.Fold(t).Contains(TextFolding.Fold(term), StringComparison.Ordinal));

    [Theory, BothDatabases]
    public async Task Two_character_one_character_and_phrase_searches_find_exactly_what_a_scan_of_the_texts_finds_with_exact_totals_and_facets(string db)
    {
        var portal = portals[db];
        var publishing = new Publishing(portal);
        var code = await portal.RegisterAsync("220303");
        await publishing.PublishAsync(code, "超过国家限额标准，擅自扩大产能。");
        await publishing.PublishAsync(code, "超过，国家限额标准另行核定。");
        using var anonymous = portal.CreateClient();
        var scan = await ScanAsync(portal);

        // Only the first of the two holds the phrase: in the second a comma stands between 超过 and 国家.
        Assert.Single(scan, d => Holds(d, "超过国家限额标准") && d.CreditCode == code);
        foreach (var term in new[] { "整改", "水泥", "钢", "超过国家限额标准", "限期" })
        {
            var expected = scan.Where(d => Holds(d, term)).ToList();
            Assert.NotEmpty(expected);
            var (found, first) = await Publishing.SearchAllAsync(anonymous, $"q={Uri.EscapeDataString($"\"{term}\"")}");
            Assert.True(expected.Select(d => d.Id).Order().SequenceEqual(found.Order()), $"{term}: expected {string.Join(',', expected.Select(d => d.Id).Order())}, found {string.Join(',', found.Order())}");
            Assert.Equal(expected.Count, first.GetProperty("total").GetInt32());
            var lists = first.GetProperty("facets").GetProperty("list").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
            Assert.Equal(expected.GroupBy(d => d.List).ToDictionary(g => g.Key, g => g.Count()).OrderBy(x => x.Key), lists.OrderBy(x => x.Key));
        }
    }

    [Theory, BothDatabases]
    public async Task A_credit_code_in_any_case_finds_exactly_its_enterprises_announcements(string db)
    {
        var portal = portals[db];
        var scan = await ScanAsync(portal);
        var code = scan.GroupBy(d => d.CreditCode).OrderByDescending(g => g.Count()).First();
        using var anonymous = portal.CreateClient();
        var (found, first) = await Publishing.SearchAllAsync(anonymous, $"q={code.Key.ToLowerInvariant()}");
        Assert.Equal(code.Select(d => d.Id).Order(), found.Order());
        Assert.Equal(code.Count(), first.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Object, first.GetProperty("facets").ValueKind);
    }
}
