using Portal.Modules.Core.Components;

namespace Portal.Components.Tests;

public class WorkingDayCountdownTests : BunitContext
{
    private IRenderedComponent<WorkingDayCountdown> Countdown(int? left, int soonWithin = 3, bool met = false, bool? soon = null) =>
        Render<WorkingDayCountdown>(p => p.Add(c => c.Left, left).Add(c => c.SoonWithin, soonWithin).Add(c => c.Met, met).Add(c => c.Soon, soon).Add(c => c.Id, "countdown"));

    [Fact]
    public void Working_days_left_are_counted_and_turn_amber_when_the_deadline_is_near()
    {
        var far = Countdown(7).Find("#countdown");
        Assert.Equal("剩余 7 个工作日", far.TextContent);
        Assert.False(far.ClassList.Contains("soon"));

        var near = Countdown(2).Find("#countdown");
        Assert.Equal("剩余 2 个工作日", near.TextContent);
        Assert.True(near.ClassList.Contains("soon"));
    }

    [Fact]
    public void The_due_day_says_so_and_a_passed_deadline_shows_how_far_past_in_red()
    {
        Assert.Equal("今日到期", Countdown(0).Find("#countdown").TextContent);
        var late = Countdown(-4).Find("#countdown");
        Assert.Equal("逾期 4 个工作日", late.TextContent);
        Assert.True(late.ClassList.Contains("overdue"));
    }

    [Fact]
    public void A_met_deadline_or_none_counts_nothing()
    {
        Assert.Equal(string.Empty, Countdown(-4, met: true).Find("#countdown").TextContent);
        Assert.Equal(string.Empty, Countdown(null).Find("#countdown").TextContent);
    }

    [Fact]
    public void The_caller_may_decide_what_is_near()
    {
        Assert.True(Countdown(9, soon: true).Find("#countdown").ClassList.Contains("soon"));
        Assert.False(Countdown(1, soon: false).Find("#countdown").ClassList.Contains("soon"));
    }
}
