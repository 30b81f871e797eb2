using System.Net;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Search.Index;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Search;

/// <summary>Each node keeps its own index file and follows the shared task log.</summary>
[Collection(PortalCollection.Name)]
public class SearchIndexNodesTests(Portals portals)
{
    private static string Q(string text) => Uri.EscapeDataString(text);

    internal static async Task WaitForIndexAsync(PortalFactory node)
    {
        var store = node.Services.GetRequiredService<IndexStore>();
        for (var i = 0; i < 300 && !store.IsReady; i++)
        {
            await Task.Delay(100);
        }
        Assert.True(store.IsReady, "the node did not build its index");
    }

    private static Term Uid(int id) => new(IndexSchema.Uid, IndexSchema.UidOf("announcement", id));

    private static int IndexedDocuments(PortalFactory node, int id)
    {
        using var lease = node.Services.GetRequiredService<IndexStore>().Acquire()!;
        return lease.Searcher.Search(new TermQuery(Uid(id)), 1).TotalHits;
    }

    [Theory, BothDatabases]
    public async Task A_withdrawn_announcement_disappears_from_search_on_a_second_node_that_did_not_process_the_withdrawal(string db)
    {
        var first = portals[db];
        var publishing = new Publishing(first);
        var term = Publishing.RareHan(2);
        var id = await publishing.PublishAsync(await first.RegisterAsync("220303"), $"{term}设备死灰复燃。");

        await using var second = PortalFactory.SecondNodeOf(first);
        using var visitor = second.CreateClient();
        await WaitForIndexAsync(second);
        Assert.Equal([id], (await Publishing.SearchAllAsync(visitor, $"q={Q(term)}")).Ids);
        Assert.Equal(1, IndexedDocuments(second, id));

        await publishing.WithdrawAsync(id);

        // The second node never sees the withdrawal happen: its searches look at the shared task log at least every
        // half second (Portal:Search:LogCheckInterval), so within moments it is gone from its index and its counts too.
        Assert.Empty((await Publishing.SearchAllAsync(visitor, $"q={Q(term)}")).Ids);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(5)
            && ((await Publishing.SearchAllAsync(visitor, $"q={Q(term)}")).First.GetProperty("total").GetInt32() > 0 || IndexedDocuments(second, id) > 0))
        {
            await Task.Delay(100);
        }
        Assert.Equal(0, (await Publishing.SearchAllAsync(visitor, $"q={Q(term)}")).First.GetProperty("total").GetInt32());
        Assert.Equal(0, IndexedDocuments(second, id));
        Assert.NotEqual(first.Services.GetRequiredService<IndexStore>().PathOf(1), second.Services.GetRequiredService<IndexStore>().PathOf(1));
    }

    [Theory, BothDatabases]
    public async Task What_an_editor_publishes_or_withdraws_on_a_node_is_found_or_gone_on_its_next_search_even_when_it_rarely_reads_the_log(string db)
    {
        // This node looks at the shared task log only when one of its own writes tells it to: any answer that is
        // right at once comes from that signal, not from a periodic look.
        await using var node = PortalFactory.SecondNodeOf(portals[db], new Dictionary<string, string?>
        {
            ["Portal:Search:LogCheckInterval"] = "01:00:00",
            ["Portal:Search:PollInterval"] = "01:00:00",
        });
        using var visitor = node.CreateClient();
        await WaitForIndexAsync(node);
        await Publishing.SearchAllAsync(visitor, "q=" + Q("整改"));
        var publishing = new Publishing(node);
        var term = Publishing.RareHan(2);

        var id = await publishing.PublishAsync(await node.RegisterAsync("220303"), $"{term}擅自复产。");
        Assert.Equal([id], (await Publishing.SearchAllAsync(visitor, $"q={Q(term)}")).Ids);

        await publishing.WithdrawAsync(id);
        Assert.Empty((await Publishing.SearchAllAsync(visitor, $"q={Q(term)}")).Ids);
    }

    [Fact]
    public async Task A_write_still_committing_holds_back_neither_the_changes_after_it_nor_itself_once_committed()
    {
        // PostgreSQL hands out task ids before commit: a slow transaction leaves a gap that later writes overtake.
        // Two tasks a batch, so three publications behind the gap are more than one batch.
        // The worker polls once an hour here: only the search itself can find what committed late.
        await using var node = PortalFactory.SecondNodeOf(portals["Postgres"], new Dictionary<string, string?> { ["Portal:Search:ReplayBatch"] = "2", ["Portal:Search:PollInterval"] = "01:00:00" });
        using var visitor = node.CreateClient();
        await WaitForIndexAsync(node);
        var publishing = new Publishing(node);
        var code = await node.RegisterAsync("220303");
        var slowId = await publishing.PublishAsync(code, "未按期完成整改。");
        var slowTerm = Publishing.RareHan(2);

        using (var scope = node.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await using var slow = await db.Database.BeginTransactionAsync();
            var announcement = await db.Set<Announcement>().SingleAsync(a => a.Id == slowId);
            announcement.Title = $"关于{slowTerm}的公告";
            await db.SaveChangesAsync();

            foreach (var term in new[] { Publishing.RareHan(2), Publishing.RareHan(2), Publishing.RareHan(2) })
            {
                var id = await publishing.PublishAsync(code, $"{term}擅自扩大产能。");
                Assert.Equal([id], (await Publishing.SearchAllAsync(visitor, $"q={Q(term)}")).Ids);
            }
            Assert.Empty((await Publishing.SearchAllAsync(visitor, $"q={Q(slowTerm)}")).Ids);
            await slow.CommitAsync();
        }

        // Found by the next search, not by the worker's next poll: the commit fills a gap below the end of the log.
        Assert.Equal([slowId], (await Publishing.SearchAllAsync(visitor, $"q={Q(slowTerm)}")).Ids);
    }

    [Theory, BothDatabases]
    public async Task The_check_puts_back_what_the_index_lost_and_a_rebuild_swaps_in_a_new_file(string db)
    {
        var portal = portals[db];
        var publishing = new Publishing(portal);
        var term = Publishing.RareHan(2);
        var id = await publishing.PublishAsync(await portal.RegisterAsync("220382"), $"{term}弄虚作假。");
        using var anonymous = portal.CreateClient();
        using var admin = await portal.AdminClientAsync();
        await (await admin.PostAsync("/api/v1/admin/search/catch-up", null)).JsonAsync();
        var store = portal.Services.GetRequiredService<IndexStore>();

        // Drift the task log cannot explain: the document vanishes from this node's index behind the portal's back.
        var live = store.Live!;
        live.Writer.DeleteDocuments(Uid(id));
        live.Commit(new Dictionary<string, string>());
        Assert.Empty((await Publishing.SearchAllAsync(anonymous, $"q={Q(term)}")).Ids);

        var check = await (await admin.PostAsync("/api/v1/admin/search/check", null)).JsonAsync();
        Assert.True(check.GetProperty("missing").GetInt32() >= 1);
        Assert.Equal([id], (await Publishing.SearchAllAsync(anonymous, $"q={Q(term)}")).Ids);

        var before = store.LiveGeneration!.Value;
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/v1/admin/search/rebuild", null)).StatusCode);
        for (var i = 0; i < 300 && (store.LiveGeneration == before || portal.Services.GetRequiredService<IndexMaintenance>().IsBuilding); i++)
        {
            await Task.Delay(100);
        }
        var status = await (await admin.GetAsync("/api/v1/admin/search")).JsonAsync();
        Assert.Equal("ready", status.GetProperty("state").GetString());
        Assert.True(status.GetProperty("generation").GetInt32() > before);
        Assert.False(Directory.Exists(store.PathOf(before)));
        Assert.Equal(status.GetProperty("build").GetProperty("total").GetInt32(), status.GetProperty("documents").GetInt32());
        Assert.Equal([id], (await Publishing.SearchAllAsync(anonymous, $"q={Q(term)}")).Ids);
    }

    [Fact]
    public async Task Public_reads_beyond_the_limit_get_a_chinese_429_with_a_retry_time()
    {
        await using var portal = new PortalFactory("Sqlite", null, demoData: false,
            settings: new Dictionary<string, string?> { ["Portal:RateLimits:PublicReadPerMinute"] = "3" });
        using var client = portal.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await (await client.GetAsync("/api/v1/announcements")).JsonAsync();
        }
        var refused = await client.GetAsync("/api/v1/announcements");
        var problem = await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("请求过于频繁", problem.GetProperty("title").GetString());
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) > 0);
    }
}
