using System.Net;
using System.Text;
using System.Xml.Linq;
using Portal.Modules.Core.Enterprises;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Search;

[Collection(PortalCollection.Name)]
public class SearchApiTests(Portals portals)
{
    private static string Q(string text) => Uri.EscapeDataString(text);

    [Theory, BothDatabases]
    public async Task A_two_character_term_finds_exactly_the_announcements_that_contain_it(string db)
    {
        var portal = portals[db];
        var publishing = new Publishing(portal);
        var term = Publishing.RareHan(2);
        var code = await portal.RegisterAsync("220303");
        var together = await publishing.PublishAsync(code, $"擅自使用{term}工艺生产，未取得许可。");
        var apart = await publishing.PublishAsync(code, $"擅自使用{term[0]}类原料，另有{term[1]}类设备未登记。");
        var neither = await publishing.PublishAsync(code, "擅自扩大产能。");
        using var anonymous = portal.CreateClient();

        var (both, page) = await Publishing.SearchAllAsync(anonymous, $"q={Q(term)}");
        Assert.Equal([together], both);
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Contains(term, page.GetProperty("highlight").EnumerateArray().Select(h => h.GetString()));

        var (first, _) = await Publishing.SearchAllAsync(anonymous, $"q={Q(term[..1])}");
        Assert.Equal([together, apart], first.Order());
        var (each, _) = await Publishing.SearchAllAsync(anonymous, $"q={Q($"{term[0]} {term[1]}")}");
        Assert.Equal([together, apart], each.Order());
        Assert.DoesNotContain(neither, each);
    }

    [Theory, BothDatabases]
    public async Task A_terms_total_and_facets_count_every_match_and_a_filter_narrows_both(string db)
    {
        var first = portals[db];
        var publishing = new Publishing(first);
        var term = Publishing.RareHan(2);
        var siping = await first.RegisterAsync("220303");
        var older = new[] { await publishing.PublishAsync(await first.RegisterAsync("220102"), $"{term}：超标排放。") };
        var newer = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            newer.Add(await publishing.PublishAsync(siping, $"{term}：超标排放。"));
        }
        await using var node = PortalFactory.SecondNodeOf(first);
        using var visitor = node.CreateClient();
        await SearchIndexNodesTests.WaitForIndexAsync(node);

        var (all, page) = await Publishing.SearchAllAsync(visitor, $"q={Q(term)}");
        Assert.Equal(newer.Concat(older).Order(), all.Order());
        Assert.Equal(4, page.GetProperty("total").GetInt32());
        Assert.False(page.TryGetProperty("totalExact", out _));
        Assert.Equal(4, page.GetProperty("facets").GetProperty("region").GetProperty("220000").GetInt32());

        var html = await (await visitor.GetAsync($"/search?q={Q(term)}")).Content.ReadAsStringAsync();
        Assert.Contains("共 4 条结果", html);

        var (inSiping, narrowed) = await Publishing.SearchAllAsync(visitor, $"q={Q(term)}&region=220300");
        Assert.Equal(newer.Order(), inSiping.Order());
        Assert.Equal(3, narrowed.GetProperty("total").GetInt32());
        Assert.Equal(3, narrowed.GetProperty("facets").GetProperty("region").GetProperty("220303").GetInt32());
    }

    [Theory, BothDatabases]
    public async Task A_credit_code_finds_exactly_its_enterprises_announcements_and_a_mistyped_one_gets_the_correction(string db)
    {
        var portal = portals[db];
        var publishing = new Publishing(portal);
        var code = await portal.RegisterAsync("220322");
        var other = await portal.RegisterAsync("220322");
        var mine = new[] { await publishing.PublishAsync(code, "超标排放。"), await publishing.PublishAsync(code, "未批先建。") };
        await publishing.PublishAsync(other, "超标排放。");
        using var anonymous = portal.CreateClient();

        var (found, _) = await Publishing.SearchAllAsync(anonymous, $"q={code}");
        Assert.Equal(mine.Order(), found.Order());
        var (typedLower, _) = await Publishing.SearchAllAsync(anonymous, $"q={code.ToLowerInvariant()}");
        Assert.Equal(mine.Order(), typedLower.Order());

        var wrongCheck = code[..17] + CreditCode.Alphabet.First(c => c != code[17]);
        var (none, answer) = await Publishing.SearchAllAsync(anonymous, $"q={wrongCheck}");
        Assert.Empty(none);
        var suggestion = Assert.Single(answer.GetProperty("didYouMean").EnumerateArray());
        Assert.Equal(code, suggestion.GetProperty("creditCode").GetString());
        Assert.Equal(18, suggestion.GetProperty("position").GetInt32());
    }

    [Theory, BothDatabases]
    public async Task Region_220300_returns_every_county_under_Siping_and_nothing_else_with_matching_facets(string db)
    {
        var portal = portals[db];
        var publishing = new Publishing(portal);
        var term = Publishing.RareHan(3);
        var siping = new Dictionary<string, int>();
        foreach (var county in new[] { "220302", "220303", "220322", "220382" })
        {
            siping[county] = await publishing.PublishAsync(await portal.RegisterAsync(county), $"{term}：私自恢复生产。");
        }
        var elsewhere = new[]
        {
            await publishing.PublishAsync(await portal.RegisterAsync("220102"), $"{term}：私自恢复生产。"),
            await publishing.PublishAsync(await portal.RegisterAsync("220203"), $"{term}：私自恢复生产。"),
        };
        using var anonymous = portal.CreateClient();

        var (all, _) = await Publishing.SearchAllAsync(anonymous, $"q={Q(term)}");
        Assert.Equal(siping.Values.Concat(elsewhere).Order(), all.Order());

        var (inSiping, page) = await Publishing.SearchAllAsync(anonymous, $"q={Q(term)}&region=220300");
        Assert.Equal(siping.Values.Order(), inSiping.Order());
        var regionFacet = page.GetProperty("facets").GetProperty("region").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(siping.Keys.Order(), regionFacet.Keys.Order());
        Assert.All(regionFacet.Values, count => Assert.Equal(1, count));
        Assert.Equal(4, page.GetProperty("facets").GetProperty("list").GetProperty("violation").GetInt32());

        // Without a term, the whole subtree of the list: every row under 四平, and the facets add up to the total.
        var (listed, listPage) = await Publishing.SearchAllAsync(anonymous, "list=violation&region=220300");
        Assert.Superset(siping.Values.ToHashSet(), listed);
        Assert.DoesNotContain(elsewhere[0], listed);
        Assert.Equal(listPage.GetProperty("total").GetInt32(), listed.Count);
        Assert.Equal(listed.Count, listPage.GetProperty("facets").GetProperty("region").EnumerateObject().Sum(p => p.Value.GetInt32()));
    }

    [Theory, BothDatabases]
    public async Task The_csv_starts_with_a_byte_order_mark_and_holds_the_same_rows_as_the_api(string db)
    {
        var portal = portals[db];
        var publishing = new Publishing(portal);
        var term = Publishing.RareHan(2);
        var codes = new[] { await portal.RegisterAsync("220303"), await portal.RegisterAsync("220382") };
        foreach (var code in codes)
        {
            await publishing.PublishAsync(code, $"{term}，\"引号\"与逗号, 不影响表格。");
        }
        using var anonymous = portal.CreateClient();
        var response = await anonymous.GetAsync($"/api/v1/announcements.csv?q={Q(term)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("索引号,名单,阶段,企业名称,统一社会信用代码", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Equal(codes.Order(), lines.Skip(1).Select(l => codes.Single(c => l.Contains(c))).Order());
    }

    [Theory, BothDatabases]
    public async Task The_atom_feed_parses_and_keeps_its_ids(string db)
    {
        var portal = portals[db];
        var publishing = new Publishing(portal);
        var term = Publishing.RareHan(2);
        var ids = new[]
        {
            await publishing.PublishAsync(await portal.RegisterAsync("220303"), $"{term}违规生产。"),
            await publishing.PublishAsync(await portal.RegisterAsync("220102"), $"{term}违规生产。"),
        };
        using var anonymous = portal.CreateClient();
        XNamespace atom = "http://www.w3.org/2005/Atom";
        async Task<XDocument> FeedAsync(string query)
        {
            var response = await anonymous.GetAsync($"/feeds/announcements.atom?{query}");
            Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
            return XDocument.Parse(await response.Content.ReadAsStringAsync());
        }
        var feed = await FeedAsync($"list=violation&q={Q(term)}");
        Assert.Equal(atom + "feed", feed.Root!.Name);
        var entries = feed.Root.Elements(atom + "entry").ToList();
        Assert.Equal(ids.Select(id => $"/announcements/{id}").Order(),
            entries.Select(e => new Uri(e.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value).AbsolutePath).Order());
        Assert.All(entries, e => Assert.StartsWith("urn:uuid:", e.Element(atom + "id")!.Value));

        var sipingOnly = await FeedAsync($"list=violation&region=220300&q={Q(term)}");
        var again = await FeedAsync($"list=violation&q={Q(term)}");
        var idOf = entries.ToDictionary(e => e.Element(atom + "title")!.Value + e.Element(atom + "link")!.Attribute("href")!.Value, e => e.Element(atom + "id")!.Value);
        Assert.Equal(idOf.Values.Order(), again.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value).Order());
        Assert.Single(sipingOnly.Root!.Elements(atom + "entry"));
    }

    [Theory, BothDatabases]
    public async Task Feeds_that_select_differently_have_different_ids_and_the_same_selection_keeps_its_id(string db)
    {
        using var anonymous = portals[db].CreateClient();
        XNamespace atom = "http://www.w3.org/2005/Atom";
        async Task<string> FeedIdAsync(string query) =>
            XDocument.Parse(await anonymous.GetStringAsync($"/feeds/announcements.atom?{query}")).Root!.Element(atom + "id")!.Value;

        var spring = await FeedIdAsync("list=violation&from=2026-01-01&to=2026-03-31");
        var summer = await FeedIdAsync("list=violation&from=2026-06-01&to=2026-08-31");
        var openEnded = await FeedIdAsync("list=violation&from=2026-01-01");
        var whole = await FeedIdAsync("list=violation");
        Assert.Equal(4, new[] { spring, summer, openEnded, whole }.Distinct().Count());
        Assert.Equal(spring, await FeedIdAsync("to=2026-03-31&list=violation&from=2026-01-01"));
        Assert.Equal(whole, await FeedIdAsync("list=violation&pageSize=5"));
    }

    [Theory, BothDatabases]
    public async Task Nothing_searchable_and_a_foreign_cursor_are_refused_in_chinese(string db)
    {
        using var anonymous = portals[db].CreateClient();
        var punctuation = await (await anonymous.GetAsync($"/api/v1/announcements?q={Q("！？。")}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("q", punctuation.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        await (await anonymous.GetAsync("/api/v1/announcements?q=%E6%B0%B4%E6%B3%A5&cursor=nonsense")).AssertProblemAsync(HttpStatusCode.BadRequest);
        // FTS5 syntax typed by a visitor is text, not a query: no 500.
        await (await anonymous.GetAsync($"/api/v1/announcements?q={Q("水泥 OR NEAR(\"钢 * ^")}")).JsonAsync();
    }
}
