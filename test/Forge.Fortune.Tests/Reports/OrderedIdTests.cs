using Forge.Fortune.Domain;

namespace Forge.Fortune.Tests.Reports;

/// <summary>Audit ids sort in the order they were made, inside one millisecond too (the audit's newest-first tie-break).</summary>
public sealed class OrderedIdTests
{
    [Fact]
    public void Ids_of_one_millisecond_sort_in_the_order_they_were_made()
    {
        var ids = new OrderedId(new StoppedClock(DateTimeOffset.Parse("2026-12-03T12:00:00.123Z")));
        var made = Enumerable.Range(0, 10_000).Select(_ => ids.Next()).ToList();
        made.ShouldAllBe(id => id.Length == 16 && id.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c)));
        made.ShouldBe(made.Order(StringComparer.Ordinal).ToList());
        made.Distinct().Count().ShouldBe(made.Count);
    }

    [Fact]
    public void A_later_millisecond_sorts_after_and_a_clock_stepping_back_does_not_reorder()
    {
        var clock = new StoppedClock(DateTimeOffset.Parse("2026-12-03T12:00:00.123Z"));
        var ids = new OrderedId(clock);
        var first = ids.Next();
        clock.Now = clock.Now.AddMilliseconds(1);
        var second = ids.Next();
        clock.Now = clock.Now.AddSeconds(-5);
        var third = ids.Next();
        string.CompareOrdinal(first, second).ShouldBeLessThan(0);
        string.CompareOrdinal(second, third).ShouldBeLessThan(0);
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
