using Portal.Modules.Campaign.Rules;

namespace Portal.Modules.Campaign.Tests.Rules;

/// <summary>Seed 000, 五(三): at least 20 % of the enterprises to be checked and no fewer than ten; all of them below ten.</summary>
public class SpotCheckRulesTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(9, 9)]
    [InlineData(10, 10)]
    [InlineData(12, 10)]
    [InlineData(50, 10)]
    [InlineData(51, 11)]
    [InlineData(55, 11)]
    [InlineData(56, 12)]
    [InlineData(100, 20)]
    [InlineData(101, 21)]
    [InlineData(1234, 247)]
    public void A_city_visits_every_enterprise_below_ten_then_ten_then_a_fifth_rounded_up(int toCheck, int visited) =>
        Assert.Equal(visited, SpotCheckRules.SampleSize(toCheck));

    [Fact]
    public void The_sample_is_never_below_a_fifth_nor_below_ten_where_ten_exist()
    {
        for (var n = 0; n <= 5000; n++)
        {
            var size = SpotCheckRules.SampleSize(n);
            Assert.True(size <= n, $"{n}: {size}");
            Assert.True(size * 5 >= n, $"{n}: {size} is under 20 %");
            Assert.True(size >= Math.Min(n, 10), $"{n}: {size}");
        }
    }

    [Fact]
    public void The_same_seed_and_list_draw_the_same_enterprises_whatever_order_the_list_came_in()
    {
        var ids = Enumerable.Range(1, 60).Select(i => (long)i * 7).ToList();
        var first = SpotCheckRules.Draw(ids, x => x, seed: 20270315);
        var again = SpotCheckRules.Draw([.. ids.AsEnumerable().Reverse()], x => x, seed: 20270315);
        Assert.Equal(first, again);
        Assert.Equal(12, first.Count);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.All(first, id => Assert.Contains(id, ids));
    }

    [Fact]
    public void Different_seeds_draw_different_samples_and_every_enterprise_can_be_drawn()
    {
        var ids = Enumerable.Range(1, 40).Select(i => (long)i).ToList();
        var samples = Enumerable.Range(0, 200).Select(seed => SpotCheckRules.Draw(ids, x => x, seed)).ToList();
        Assert.True(samples.Select(s => string.Join(',', s.Order())).Distinct().Count() > 190);
        Assert.Equal(ids, samples.SelectMany(s => s).Distinct().Order());
    }

    [Fact]
    public void The_draw_for_a_seed_stays_the_same_across_versions()
    {
        // Computed apart from the portal, by a few lines of Python following SplitMix64 and the Fisher–Yates shuffle as
        // published: if the generator changed, a sample recorded years ago could no longer be drawn again.
        var ids = Enumerable.Range(1, 12).Select(i => (long)i).ToList();
        Assert.Equal([10, 7, 8, 11, 4, 12, 5, 3, 1, 9], SpotCheckRules.Draw(ids, x => x, seed: 42));
    }

    [Fact]
    public void Named_industries_and_areas_are_drawn_first_and_the_size_still_counts_every_candidate()
    {
        var ids = Enumerable.Range(1, 60).Select(i => (long)i).ToList();
        bool InFocus(long id) => id % 10 == 0;
        var drawn = SpotCheckRules.Draw(ids, x => x, seed: 7, InFocus);
        Assert.Equal(12, drawn.Count);
        Assert.Equal([10L, 20, 30, 40, 50, 60], drawn.Take(6).Order());
        Assert.Equal(drawn, SpotCheckRules.Draw(ids, x => x, seed: 7, InFocus));
        // Without a focus the same seed shuffles the same way; the focus only moves its candidates forward.
        var plain = SpotCheckRules.Draw(ids, x => x, seed: 7);
        Assert.Equal(plain.Where(id => !InFocus(id)).Take(6), drawn.Skip(6));
    }
}
