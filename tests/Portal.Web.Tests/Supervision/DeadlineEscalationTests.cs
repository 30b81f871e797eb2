using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Calendar;
using Portal.Web.Tests.Disclosure;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Supervision;

[Collection(PortalCollection.Name)]
public class DeadlineEscalationTests(Portals portals)
{
    /// <summary>
    /// 2026's Mid-Autumn and National Day holidays (09-25..09-27, 10-01..10-07) sit on both sides of the due date, so
    /// "overdue the working day after" and "not over a holiday" are both tested on the official calendar.
    /// </summary>
    private static readonly DateOnly DueOn = new(2026, 9, 30);

    [Theory, BothDatabases]
    public async Task An_unpublished_notice_is_overdue_the_working_day_after_its_due_date_and_each_reminder_and_escalation_is_mailed_once_from_two_nodes(string db)
    {
        await using var smtp = await SmtpServer.StartAsync();
        var connection = db == "Postgres" ? await portals.Cluster.CreateDatabaseAsync("deadline_escalation") : null;
        var clock = new MovableClock();
        var settings = new Dictionary<string, string?>(smtp.Settings) { ["Portal:Supervision:PeriodicLookaheadDays"] = "0" };
        await using var node1 = new PortalFactory(db, connection, demoData: false, settings: settings, clock: clock);
        var editor = await node1.CreateStaffAsync("editor", "220322", "industry");
        var citySupervisor = await node1.CreateStaffAsync("supervisor", "220300", "industry");
        var provinceSupervisor = await node1.CreateStaffAsync("supervisor", "220000", "industry");
        var elsewhere = await node1.CreateStaffAsync("supervisor", "220100", "industry");
        await using var node2 = PortalFactory.SecondNodeOf(node1, settings);
        var adminToken = await node1.TokenAsync(node1.AdminUserName, node1.AdminPassword, node1.AdminAuthenticatorKey);
        using var admin1 = node1.ClientWithToken(adminToken);
        using var admin2 = node2.ClientWithToken(adminToken);

        var rules = await node1.Services.GetRequiredService<WorkingDayCalendar>().GetRulesAsync();
        var inspected = Enumerable.Range(1, 40).Select(back => DueOn.AddDays(-back)).First(d => rules.AddWorkingDays(d, 10) == DueOn);
        var creditCode = await node1.RegisterAsync("220322");
        var created = await editor.Client.PostAsJsonAsync("/api/v1/announcements",
            Announcements.EnergyRectification(creditCode, inspected.ToString("yyyy-MM-dd"), inspected.AddMonths(5).ToString("yyyy-MM-dd")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2026-09-30", draft.GetProperty("publicationDueOn").GetString());
        var id = draft.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);

        async Task SweepOnBothNodesAsync(DateOnly day)
        {
            clock.SetChinaDay(day);
            await Task.WhenAll(Supervising.RunJobAsync(admin1, "deadline-sweep"), Supervising.RunJobAsync(admin2, "deadline-sweep"));
            await Task.WhenAll(Supervising.RunJobAsync(admin1, "mail-outbox"), Supervising.RunJobAsync(admin2, "mail-outbox"));
        }
        SmtpServer.Message[] To(PortalFactory.Staff staff) => smtp.Messages().Where(m => m.To.Contains(Supervising.EmailOf(staff), StringComparison.Ordinal)).ToArray();

        // Five working days ahead: too early for a reminder.
        await SweepOnBothNodesAsync(new DateOnly(2026, 9, 22));
        Assert.Empty(smtp.Messages());

        // Three working days ahead (the Mid-Autumn weekend between does not count): the unit's editor is reminded.
        await SweepOnBothNodesAsync(new DateOnly(2026, 9, 24));
        var reminder = Assert.Single(To(editor));
        Assert.Contains("即将到期", reminder.Body);
        Assert.Contains("剩余 3 个工作日", reminder.Body);
        Assert.Contains("测试220322水泥有限公司", reminder.Body);
        Assert.Contains("期限提醒", reminder.Subject);

        // On the day: the editor hears once more.
        await SweepOnBothNodesAsync(DueOn);
        Assert.Equal(2, To(editor).Length);
        Assert.Contains("今日到期", To(editor)[1].Body);

        // 1 October is a holiday: past the date, but no working day has begun since, so nobody sees it overdue.
        await SweepOnBothNodesAsync(new DateOnly(2026, 10, 1));
        Assert.Empty(await Supervising.OverdueAsync(citySupervisor.Client));
        Assert.Empty(To(citySupervisor));

        // 8 October, the first working day after the holiday: one working day overdue.
        await SweepOnBothNodesAsync(new DateOnly(2026, 10, 8));
        foreach (var supervisor in new[] { citySupervisor, provinceSupervisor })
        {
            var item = Assert.Single(await Supervising.OverdueAsync(supervisor.Client), i => i.GetProperty("subjectId").GetString() == id);
            Assert.Equal("publication", item.GetProperty("kind").GetString());
            Assert.Equal("2026-09-30", item.GetProperty("dueOn").GetString());
            Assert.Equal(1, item.GetProperty("overdueWorkingDays").GetInt32());
            Assert.Equal("梨树县工业和信息化局", item.GetProperty("unit").GetString());
        }
        Assert.DoesNotContain(await Supervising.OverdueAsync(elsewhere.Client), i => i.GetProperty("subjectId").GetString() == id);
        await (await elsewhere.Client.GetAsync("/api/v1/supervision/overdue?regionCode=220300")).AssertProblemAsync(HttpStatusCode.Forbidden);

        // The escalation goes to the level above the county: the city's supervisor, not the editor, not the province.
        var escalation = Assert.Single(To(citySupervisor));
        Assert.Contains("已逾期 1 个工作日", escalation.Body);
        Assert.Contains("测试220322水泥有限公司", escalation.Body);
        // Its link opens from a mail reader and leads the supervisor to the read-only page they may open.
        Assert.Contains($"{SmtpServer.PublicUrl}/backoffice/supervision/announcements/{id}", escalation.Body);
        Assert.Contains($"{SmtpServer.PublicUrl}/backoffice/announcements/{id}", reminder.Body);
        Assert.Empty(To(provinceSupervisor));
        Assert.Empty(To(elsewhere));
        Assert.Equal(2, To(editor).Length);

        // 10 October is a make-up working Saturday: three working days overdue, and still no second escalation.
        await SweepOnBothNodesAsync(new DateOnly(2026, 10, 10));
        Assert.Equal(3, Assert.Single(await Supervising.OverdueAsync(citySupervisor.Client), i => i.GetProperty("subjectId").GetString() == id)
            .GetProperty("overdueWorkingDays").GetInt32());
        Assert.Single(To(citySupervisor));

        // The editor's reminder and due-day mail and the city's escalation; the campaign's own dates are off here
        // (PeriodicLookaheadDays 0), so nothing else was mailed.
        var all = smtp.Messages();
        Assert.All(all.GroupBy(m => m.PortalKey), g => Assert.Single(g));
        Assert.Equal(3, all.Count);
    }

    /// <summary>
    /// The first sweep of a history meets deadlines long past and some about to fall due: their rows are written with
    /// their notices at once (no flag left to clear afterwards), and a later sweep adds none.
    /// </summary>
    [Theory, BothDatabases]
    public async Task Deadlines_a_sweep_first_meets_already_overdue_or_due_soon_are_escalated_and_reminded_once_each(string db)
    {
        await using var smtp = await SmtpServer.StartAsync();
        var connection = db == "Postgres" ? await portals.Cluster.CreateDatabaseAsync("deadline_first_met") : null;
        var clock = new MovableClock();
        var settings = new Dictionary<string, string?>(smtp.Settings) { ["Portal:Supervision:PeriodicLookaheadDays"] = "0" };
        await using var portal = new PortalFactory(db, connection, demoData: false, settings: settings, clock: clock);
        var editor = await portal.CreateStaffAsync("editor", "220322", "industry");
        var citySupervisor = await portal.CreateStaffAsync("supervisor", "220300", "industry");
        using var admin = await portal.AdminClientAsync();
        var rules = await portal.Services.GetRequiredService<WorkingDayCalendar>().GetRulesAsync();
        var today = new DateOnly(2026, 10, 8);
        clock.SetChinaDay(today);
        var creditCode = await portal.RegisterAsync("220322");
        foreach (var dueOn in new[] { DueOn, rules.AddWorkingDays(today, 2) })
        {
            var inspected = Enumerable.Range(1, 40).Select(back => dueOn.AddDays(-back)).First(d => rules.AddWorkingDays(d, 10) == dueOn);
            var created = await editor.Client.PostAsJsonAsync("/api/v1/announcements",
                Announcements.EnergyRectification(creditCode, inspected.ToString("yyyy-MM-dd"), inspected.AddMonths(5).ToString("yyyy-MM-dd")));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        SmtpServer.Message[] To(PortalFactory.Staff staff) => smtp.Messages().Where(m => m.To.Contains(Supervising.EmailOf(staff), StringComparison.Ordinal)).ToArray();

        foreach (var day in new[] { today, rules.AddWorkingDays(today, 1) })
        {
            clock.SetChinaDay(day);
            await Supervising.RunJobAsync(admin, "deadline-sweep");
            await Supervising.RunJobAsync(admin, "mail-outbox");
        }

        var escalation = Assert.Single(To(citySupervisor));
        Assert.Contains("已逾期", escalation.Body);
        var reminder = Assert.Single(To(editor));
        Assert.Contains("即将到期", reminder.Body);
        Assert.Equal(2, smtp.Messages().Count);
    }
}
