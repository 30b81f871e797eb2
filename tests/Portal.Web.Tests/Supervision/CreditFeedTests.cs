using System.Text.Json;
using Portal.Modules.Core.Enterprises;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Supervision;

[Collection(PortalCollection.Name)]
public class CreditFeedTests(Portals portals)
{
    [Theory, BothDatabases]
    public async Task Demo_enterprises_that_missed_their_deadline_or_were_closed_reach_the_credit_folder_once_each(string db)
    {
        var portal = portals[db];
        using var admin = await portal.AdminClientAsync();
        await Supervising.RunJobAsync(admin, "deadline-sweep");
        await Supervising.RunJobAsync(admin, "credit-push");
        var folder = Path.Combine(portal.DataDirectory, "credit-feed");
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        var records = files.Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement).ToList();
        foreach (var record in records)
        {
            Assert.True(CreditCode.IsValid(record.GetProperty("creditCode").GetString()!), record.ToString());
            Assert.False(string.IsNullOrWhiteSpace(record.GetProperty("enterpriseName").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(record.GetProperty("reason").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(record.GetProperty("authority").GetString()));
            Assert.Contains(record.GetProperty("state").GetString(), new[] { "listed", "completed", "revoked" });
        }
        // The demo's red-list enterprise (closed after refusing to rectify) is listed.
        Assert.Contains(records, r => r.GetProperty("list").GetString() == "forced-exit" && r.GetProperty("state").GetString() == "listed");
        // A follow-up never goes before its listing.
        foreach (var subject in records.GroupBy(r => r.GetProperty("subjectId").GetString()))
        {
            Assert.Equal("listed", subject.OrderBy(r => r.GetProperty("sequence").GetInt64()).First().GetProperty("state").GetString());
        }

        await Supervising.RunJobAsync(admin, "deadline-sweep");
        await Supervising.RunJobAsync(admin, "credit-push");
        Assert.Equal(files, Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray());
    }
}
