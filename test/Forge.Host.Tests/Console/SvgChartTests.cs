using System.Xml.Linq;
using Forge.Host.AdminConsole.Charts;

namespace Forge.Host.Tests.Console;

public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly IReadOnlyList<DateOnly> Month = Enumerable.Range(0, 30).Select(i => new DateOnly(2026, 11, 1).AddDays(i)).ToList();

    [Fact]
    public void Stacked_bars_stack_one_rect_per_product_and_day_with_a_legend()
    {
        var svg = SvgChart.StackedBars("Calls per product", Month,
        [
            ChartSeries.Of("fortune", Month.Select((_, i) => (long)(i + 1))),
            ChartSeries.Of("analysis", Month.Select((_, i) => i % 2 == 0 ? 3L : 0L)),
        ]);

        var doc = Parse(svg);
        var root = doc.Root!;
        root.Attribute("viewBox").ShouldNotBeNull();
        root.Attribute("width")!.Value.ShouldBe("100%");
        root.Attribute("role")!.Value.ShouldBe("img");
        root.Attribute("aria-label")!.Value.ShouldBe("Calls per product");
        root.Element(Svg + "title")!.Value.ShouldBe("Calls per product");
        var bars = doc.Descendants(Svg + "rect").Where(r => Has(r, "chart-bar")).ToList();
        bars.Count(r => Has(r, "series-0")).ShouldBe(30);
        bars.Count(r => Has(r, "series-1")).ShouldBe(15); // zero values draw nothing
        Texts(doc, "chart-legend").ShouldBe(["fortune", "analysis"]);
        bars.First().Element(Svg + "title")!.Value.ShouldBe("Nov 1 · fortune: 1");

        // The tallest stack (29 + 3 on Nov 29) fits under a 1-2-5 top tick.
        var ticks = Texts(doc, "chart-axis-y");
        ticks.ShouldBe(["0", "10", "20", "30", "40"]);
        var dayLabels = Texts(doc, "chart-axis-x");
        dayLabels.First().ShouldBe("Nov 1");
        dayLabels.Count.ShouldBeInRange(5, 12); // thinned so they do not overlap
    }

    [Fact]
    public void Lines_break_at_days_without_data_and_label_values_with_their_unit()
    {
        double?[] p50 = [12, 14, null, 13];
        double?[] p99 = [80, 250.5, null, 120];
        var days = Month.Take(4).ToList();

        var doc = Parse(SvgChart.Lines("Latency", days, [new ChartSeries("p50", p50), new ChartSeries("p99", p99)], unit: " ms"));

        var paths = doc.Descendants(Svg + "path").Where(p => Has(p, "chart-line")).ToList();
        paths.Count.ShouldBe(2);
        paths[0].Attribute("d")!.Value.Count(c => c == 'M').ShouldBe(2); // a new stroke after the gap
        doc.Descendants(Svg + "circle").Count().ShouldBe(6);
        doc.Descendants(Svg + "title").Select(t => t.Value).ShouldContain("Nov 2 · p99: 250.5 ms");
        Texts(doc, "chart-axis-y").ShouldBe(["0 ms", "100 ms", "200 ms", "300 ms"]);
        Texts(doc, "chart-legend").ShouldBe(["p50", "p99"]);
        doc.Root!.Element(Svg + "desc")!.Value.ShouldContain("p99: from 80 ms to 250.5 ms");
    }

    [Fact]
    public void Labels_are_escaped_and_no_inline_style_or_script_is_emitted()
    {
        const string nasty = "<script>alert('x')</script> & \"co\"\u0001";
        var svg = SvgChart.StackedBars(nasty, Month.Take(3).ToList(), [ChartSeries.Of(nasty, [1L, 2L, 3L])]);
        var lines = SvgChart.Lines(nasty, Month.Take(3).ToList(), [ChartSeries.Of(nasty, [1.0, null, 3.0])]);

        foreach (var markup in new[] { svg, lines })
        {
            var doc = Parse(markup);
            doc.Descendants().ShouldNotContain(e => e.Name.LocalName == "script" || e.Name.LocalName == "style");
            doc.Descendants().SelectMany(e => e.Attributes()).ShouldNotContain(a => a.Name.LocalName == "style" || a.Name.LocalName.StartsWith("on"));
            markup.ShouldNotContain("style=");
            markup.ShouldNotContain("<script");
            Texts(doc, "chart-legend").ShouldBe(["<script>alert('x')</script> & \"co\""]); // the control character is dropped
            doc.Root!.Attribute("aria-label")!.Value.ShouldBe("<script>alert('x')</script> & \"co\"");
        }
    }

    [Fact]
    public void Without_data_the_axes_remain_and_say_there_were_no_calls()
    {
        var zeros = SvgChart.StackedBars("Calls", Month, [ChartSeries.Of("fortune", Month.Select(_ => 0L))]);
        var nothing = SvgChart.Lines("Latency", Month, []);
        var noDays = SvgChart.StackedBars("Calls", [], []);

        foreach (var markup in new[] { zeros, nothing, noDays })
        {
            var doc = Parse(markup);
            doc.Descendants(Svg + "text").Where(t => Has(t, "chart-empty")).ShouldHaveSingleItem().Value.ShouldBe("No calls in this period");
            Texts(doc, "chart-axis-y").ShouldBe(["0", "1", "2", "3", "4"]);
            doc.Descendants(Svg + "line").Count(l => Has(l, "chart-baseline")).ShouldBe(1);
            doc.Descendants(Svg + "rect").Count(r => Has(r, "chart-bar")).ShouldBe(0);
            doc.Root!.Element(Svg + "desc")!.Value.ShouldBe("No calls in this period");
        }
        Texts(Parse(zeros), "chart-axis-x").First().ShouldBe("Nov 1");
    }

    [Fact]
    public void A_series_with_the_wrong_number_of_values_is_refused() =>
        Should.Throw<ArgumentException>(() => SvgChart.Lines("x", Month, [ChartSeries.Of("short", [1.0])]));

    [Theory]
    [InlineData(3, true, 3, 1)]
    [InlineData(7, true, 8, 2)]
    [InlineData(33, true, 40, 10)]
    [InlineData(1234, true, 1500, 500)]
    [InlineData(0.8, false, 0.8, 0.2)]
    [InlineData(1, true, 1, 1)]
    public void Y_ticks_step_by_one_two_or_five(double max, bool integer, double top, double step)
    {
        var scale = NiceScale.For(max, integer);
        scale.Top.ShouldBe(top, 1e-9);
        scale.Step.ShouldBe(step, 1e-9);
    }

    private static XDocument Parse(string svg) => XDocument.Parse(svg);

    private static bool Has(XElement element, string cssClass) =>
        (element.Attribute("class")?.Value ?? "").Split(' ').Contains(cssClass);

    private static List<string> Texts(XDocument doc, string groupClass) =>
        doc.Descendants(Svg + "g").Where(g => Has(g, groupClass)).SelectMany(g => g.Elements(Svg + "text")).Select(t => t.Value).ToList();
}
