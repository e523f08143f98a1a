namespace Forge.Host.AdminConsole.Charts;

/// <summary>
/// One named series of a chart: a value per day, aligned with the chart's days. A null value is a
/// day without data (a gap in a line; nothing in a bar stack). Labels are shown as given, escaped.
/// </summary>
public sealed record ChartSeries(string Label, IReadOnlyList<double?> Values)
{
    public static ChartSeries Of(string label, IEnumerable<long> values) => new(label, values.Select(v => (double?)v).ToList());

    public static ChartSeries Of(string label, IEnumerable<double?> values) => new(label, values.ToList());
}
