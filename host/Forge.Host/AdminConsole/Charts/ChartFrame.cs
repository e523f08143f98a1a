using System.Text;

namespace Forge.Host.AdminConsole.Charts;

/// <summary>
/// What every chart shares: the layout in viewBox units, the svg element with its accessible
/// name, the y grid with its ticks, the day labels, the legend and the empty-state message. The
/// svg is 100% wide and scales with its container; the viewBox is narrow (480 units) so its text
/// stays legible on a phone. Colours and fonts come from charts.css via classes only: the
/// console's Content-Security-Policy forbids inline styles.
/// </summary>
internal sealed class ChartFrame
{
    public const int SeriesClasses = 6;
    private const double Width = 480, Left = 46, Right = 10, Top = 10, PlotHeight = 170;
    private const double DayLabelHeight = 20, LegendRowHeight = 18, CharWidth = 6.2, MinDayLabelSpacing = 40;

    private readonly List<List<(int Index, string Label, double Width)>> _legendRows = [];
    private readonly int _days;
    private readonly string _unit;

    public ChartFrame(int days, IReadOnlyList<ChartSeries> series, NiceScale scale, string unit)
    {
        _days = days;
        _unit = unit;
        Scale = scale;
        // Legend entries wrap into rows that fit the width; the height follows the row count.
        var row = new List<(int, string, double)>();
        double used = 0;
        for (var i = 0; i < series.Count; i++)
        {
            var itemWidth = 18 + series[i].Label.Length * CharWidth + 14;
            if (row.Count > 0 && used + itemWidth > Width - Left - Right)
            {
                _legendRows.Add(row);
                (row, used) = ([], 0);
            }
            row.Add((i, series[i].Label, itemWidth));
            used += itemWidth;
        }
        if (row.Count > 0) _legendRows.Add(row);
    }

    public NiceScale Scale { get; }

    public double PlotWidth => Width - Left - Right;

    private double Bottom => Top + PlotHeight;

    private double Height => Bottom + DayLabelHeight + _legendRows.Count * LegendRowHeight + 4;

    /// <summary>The width given to one day; bars and points are centred in it.</summary>
    public double Slot => PlotWidth / Math.Max(_days, 1);

    public double X(int day) => Left + Slot * (day + 0.5);

    public double Y(double value) => Bottom - Math.Clamp(value / Scale.Top, 0, 1) * PlotHeight;

    public static string SeriesClass(int index) => $"series-{index % SeriesClasses}";

    public void Open(StringBuilder svg, string kind, string title, string description)
    {
        var name = SvgText.Escape(title);
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-{kind}\" viewBox=\"0 0 {SvgText.N(Width)} {SvgText.N(Height)}\" ")
            .Append($"width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-label=\"{name}\">")
            .Append($"<title>{name}</title><desc>{SvgText.Escape(description)}</desc>");
    }

    public void Axes(StringBuilder svg)
    {
        svg.Append("<g class=\"chart-grid\">");
        foreach (var tick in Scale.Ticks())
        {
            var y = SvgText.N(Y(tick));
            svg.Append($"<line x1=\"{SvgText.N(Left)}\" x2=\"{SvgText.N(Width - Right)}\" y1=\"{y}\" y2=\"{y}\"/>");
        }
        svg.Append("</g><g class=\"chart-axis chart-axis-y\">");
        foreach (var tick in Scale.Ticks())
            svg.Append($"<text x=\"{SvgText.N(Left - 5)}\" y=\"{SvgText.N(Y(tick) + 3.5)}\" text-anchor=\"end\">{SvgText.Escape(SvgText.Compact(tick) + _unit)}</text>");
        svg.Append("</g>")
            .Append($"<line class=\"chart-baseline\" x1=\"{SvgText.N(Left)}\" x2=\"{SvgText.N(Width - Right)}\" y1=\"{SvgText.N(Bottom)}\" y2=\"{SvgText.N(Bottom)}\"/>");
    }

    /// <summary>Labels every Nth day so that no two overlap, always including the first day.</summary>
    public void DayLabels(StringBuilder svg, IReadOnlyList<DateOnly> days)
    {
        var every = Math.Max(1, (int)Math.Ceiling(MinDayLabelSpacing / Slot));
        svg.Append("<g class=\"chart-axis chart-axis-x\">");
        for (var i = 0; i < days.Count; i += every)
        {
            var x = SvgText.N(X(i));
            svg.Append($"<line class=\"chart-tick\" x1=\"{x}\" x2=\"{x}\" y1=\"{SvgText.N(Bottom)}\" y2=\"{SvgText.N(Bottom + 3)}\"/>")
                .Append($"<text x=\"{x}\" y=\"{SvgText.N(Bottom + 14)}\" text-anchor=\"middle\">{SvgText.Escape(SvgText.Day(days[i]))}</text>");
        }
        svg.Append("</g>");
    }

    /// <summary>A swatch per series: a square for bars, a short stroke (with its dash pattern) for lines.</summary>
    public void Legend(StringBuilder svg, bool lines)
    {
        svg.Append("<g class=\"chart-legend\">");
        for (var r = 0; r < _legendRows.Count; r++)
        {
            var y = Bottom + DayLabelHeight + r * LegendRowHeight + 9;
            var x = Left;
            foreach (var (index, label, width) in _legendRows[r])
            {
                var cls = SeriesClass(index);
                svg.Append(lines
                    ? $"<line class=\"chart-line {cls}\" x1=\"{SvgText.N(x)}\" x2=\"{SvgText.N(x + 14)}\" y1=\"{SvgText.N(y)}\" y2=\"{SvgText.N(y)}\"/>"
                    : $"<rect class=\"chart-swatch {cls}\" x=\"{SvgText.N(x)}\" y=\"{SvgText.N(y - 5)}\" width=\"10\" height=\"10\"/>");
                svg.Append($"<text x=\"{SvgText.N(x + 18)}\" y=\"{SvgText.N(y + 4)}\">{SvgText.Escape(label)}</text>");
                x += width;
            }
        }
        svg.Append("</g>");
    }

    public void Empty(StringBuilder svg, string message) =>
        svg.Append($"<text class=\"chart-empty\" x=\"{SvgText.N(Left + PlotWidth / 2)}\" y=\"{SvgText.N(Top + PlotHeight / 2)}\" text-anchor=\"middle\">{SvgText.Escape(message)}</text>");

    public static void Close(StringBuilder svg) => svg.Append("</svg>");
}
