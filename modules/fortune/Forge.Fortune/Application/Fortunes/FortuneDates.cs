using System.Globalization;
using System.Text.RegularExpressions;
using Forge.Fortune.Domain.Saju;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>
/// Fortune dates: strict <c>YYYY-MM-DD</c> on a real calendar day in 1900–2100 (else 400 <c>invalid_date</c>
/// naming the field), and "today" as Korea sees it — the product's day turns at midnight KST.
/// </summary>
internal static partial class FortuneDates
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    public static DateOnly TodayInKorea(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Kst).DateTime);

    public static DateOnly? Parse(string? value, string field)
    {
        if (value is null) return null;
        if (!Shape().IsMatch(value) || !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw Invalid(field, $"{field} must be a calendar date written YYYY-MM-DD, e.g. 2025-01-16.");
        if (date.Year is < SajuCalculator.MinYear or > SajuCalculator.MaxYear)
            throw Invalid(field, $"{field} must be between {SajuCalculator.MinYear} and {SajuCalculator.MaxYear}.");
        return date;
    }

    private static ProductApiException Invalid(string field, string message) =>
        new(ProductErrorKind.Validation, FortuneErrorCodes.InvalidDate, message, field);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex Shape();
}
