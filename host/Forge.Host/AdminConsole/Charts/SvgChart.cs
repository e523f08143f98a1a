using System.Text;

namespace Forge.Host.AdminConsole.Charts;

/// <summary>
/// Server-rendered charts as a self-contained SVG string, for <c>@Html.Raw(...)</c> in a Razor
/// page: no script and no style attribute (the console's CSP has no 'unsafe-inline'), series
/// coloured by the classes series-0 … series-5 of charts.css, every label escaped. Each bar and
/// point carries a &lt;title&gt;, which browsers show as a tooltip without any script.
/// </summary>
public static class SvgChart
{
    public const string DefaultEmptyMessage = "No calls in this period";

    /// <summary>One bar per day, stacked by series (e.g. calls per product).</summary>
    /// <param name="title">The chart's accessible name (also its SVG &lt;title&gt;).</param>
    /// <param name="days">The x axis; every series has one value per day.</param>
    /// <param name="unit">Appended to tick and tooltip values, e.g. " ms" or "%"; "" for counts.</param>
    /// <param name="integer">True for counts: y ticks never step below 1.</param>
    public static string StackedBars(string title, IReadOnlyList<DateOnly> days, IReadOnlyList<ChartSeries> series,
        string unit = "", bool integer = true, string emptyMessage = DefaultEmptyMessage)
    {
        Validate(days, series);
        var totals = days.Select((_, i) => series.Sum(s => Math.Max(s.Values[i] ?? 0, 0))).ToList();
        var empty = totals.All(t => t <= 0);
        var frame = new ChartFrame(days.Count, series, NiceScale.For(totals.DefaultIfEmpty(0).Max(), integer), unit);

        var description = empty ? emptyMessage : Range(days) + "; " + string.Join("; ",
            series.Select(s => $"{s.Label}: {SvgText.Compact(s.Values.Sum(v => v ?? 0))}{unit} in total"));
        var svg = new StringBuilder(4096);
        frame.Open(svg, "bars", title, description);
        frame.Axes(svg);
        if (empty) frame.Empty(svg, emptyMessage);
        else
        {
            var barWidth = Math.Max(frame.Slot * 0.72, 1);
            svg.Append("<g class=\"chart-bars\">");
            for (var day = 0; day < days.Count; day++)
            {
                double stacked = 0;
                for (var s = 0; s < series.Count; s++)
                {
                    var value = Math.Max(series[s].Values[day] ?? 0, 0);
                    if (value <= 0) continue;
                    var top = frame.Y(stacked + value);
                    var height = frame.Y(stacked) - top;
                    stacked += value;
                    svg.Append($"<rect class=\"chart-bar {ChartFrame.SeriesClass(s)}\" x=\"{SvgText.N(frame.X(day) - barWidth / 2)}\" y=\"{SvgText.N(top)}\" ")
                        .Append($"width=\"{SvgText.N(barWidth)}\" height=\"{SvgText.N(height)}\">")
                        .Append($"<title>{SvgText.Escape($"{SvgText.Day(days[day])} · {series[s].Label}: {SvgText.Compact(value)}{unit}")}</title></rect>");
                }
            }
            svg.Append("</g>");
        }
        frame.DayLabels(svg, days);
        frame.Legend(svg, lines: false);
        ChartFrame.Close(svg);
        return svg.ToString();
    }

    /// <summary>One line per series (e.g. p50/p95/p99 latency, or error rate in %); null values are gaps.</summary>
    /// <param name="title">The chart's accessible name (also its SVG &lt;title&gt;).</param>
    /// <param name="days">The x axis; every series has one value per day.</param>
    /// <param name="unit">Appended to tick and tooltip values, e.g. " ms" or "%".</param>
    public static string Lines(string title, IReadOnlyList<DateOnly> days, IReadOnlyList<ChartSeries> series,
        string unit = "", bool integer = false, string emptyMessage = DefaultEmptyMessage)
    {
        Validate(days, series);
        var values = series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => Math.Max(v!.Value, 0)).ToList();
        var empty = values.Count == 0;
        var frame = new ChartFrame(days.Count, series, NiceScale.For(values.DefaultIfEmpty(0).Max(), integer), unit);

        var description = empty ? emptyMessage : Range(days) + "; " + string.Join("; ", series.Select(s =>
            s.Values.Any(v => v is not null)
                ? $"{s.Label}: from {SvgText.Compact(s.Values.Min() ?? 0)}{unit} to {SvgText.Compact(s.Values.Max() ?? 0)}{unit}"
                : $"{s.Label}: no data"));
        var svg = new StringBuilder(4096);
        frame.Open(svg, "lines", title, description);
        frame.Axes(svg);
        if (empty) frame.Empty(svg, emptyMessage);
        else
        {
            svg.Append("<g class=\"chart-lines\">");
            for (var s = 0; s < series.Count; s++)
            {
                var cls = ChartFrame.SeriesClass(s);
                var path = new StringBuilder();
                var points = new StringBuilder();
                var penDown = false;
                for (var day = 0; day < days.Count; day++)
                {
                    if (series[s].Values[day] is not { } raw)
                    {
                        penDown = false; // a day without data breaks the line instead of bridging it
                        continue;
                    }
                    var value = Math.Max(raw, 0);
                    var (x, y) = (SvgText.N(frame.X(day)), SvgText.N(frame.Y(value)));
                    path.Append(penDown ? " L" : (path.Length > 0 ? " M" : "M")).Append(x).Append(' ').Append(y);
                    penDown = true;
                    points.Append($"<circle class=\"chart-point {cls}\" cx=\"{x}\" cy=\"{y}\" r=\"2.2\">")
                        .Append($"<title>{SvgText.Escape($"{SvgText.Day(days[day])} · {series[s].Label}: {SvgText.Compact(Math.Round(value, 2))}{unit}")}</title></circle>");
                }
                if (path.Length > 0) svg.Append($"<path class=\"chart-line {cls}\" d=\"{path}\"/>");
                svg.Append(points);
            }
            svg.Append("</g>");
        }
        frame.DayLabels(svg, days);
        frame.Legend(svg, lines: true);
        ChartFrame.Close(svg);
        return svg.ToString();
    }

    private static void Validate(IReadOnlyList<DateOnly> days, IReadOnlyList<ChartSeries> series)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(series);
        foreach (var s in series)
            if (s.Values.Count != days.Count)
                throw new ArgumentException($"Series '{s.Label}' has {s.Values.Count} values for {days.Count} days.", nameof(series));
    }

    private static string Range(IReadOnlyList<DateOnly> days) =>
        days.Count == 1 ? SvgText.Day(days[0]) : $"{SvgText.Day(days[0])} to {SvgText.Day(days[^1])}";
}
