using System.Globalization;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Reports;

/// <summary>
/// The <c>start_date</c> / <c>end_date</c> of the usage and profile reports: <c>YYYY-MM-DD</c>, both inclusive,
/// UTC days. Defaults: the 30 days ending today; one given alone anchors the other 30 days away (end never
/// after today by default). At most <see cref="MaxDays"/> days.
/// </summary>
public readonly record struct ReportDateRange(DateOnly Start, DateOnly End)
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;

    /// <summary>Inclusive lower bound as a UTC instant (midnight of <see cref="Start"/>).</summary>
    public DateTime From => Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>Exclusive upper bound as a UTC instant (midnight after <see cref="End"/>).</summary>
    public DateTime Until => End.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public static ReportDateRange Parse(string? startDate, string? endDate, TimeProvider clock)
    {
        var start = Date(startDate, "start_date");
        var end = Date(endDate, "end_date");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (s, e) = (start, end) switch
        {
            ({ } a, { } b) => (a, b),
            ({ } a, null) => (a, Min(a.AddDays(DefaultDays - 1), today)),
            (null, { } b) => (b.AddDays(-(DefaultDays - 1)), b),
            _ => (today.AddDays(-(DefaultDays - 1)), today),
        };
        if (s > e)
            throw FortuneRefusal.Invalid("start_date", "start_date must not be after end_date.");
        if (e.DayNumber - s.DayNumber + 1 > MaxDays)
            throw FortuneRefusal.Invalid("start_date", $"The range from start_date to end_date may span at most {MaxDays} days.");
        return new ReportDateRange(s, e);
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly? Date(string? value, string field)
    {
        if (string.IsNullOrEmpty(value)) return null;
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ProductApiException(ProductErrorKind.Validation, FortuneErrorCodes.InvalidDate, $"{field} must be a date as YYYY-MM-DD, e.g. 2025-01-16.", field);
    }
}
