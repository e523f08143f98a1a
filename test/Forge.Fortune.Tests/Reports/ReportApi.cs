using System.Globalization;
using System.Text.Json;
using Forge.Fortune.Tests.Api;

namespace Forge.Fortune.Tests.Reports;

/// <summary>Helpers for the report and status tests.</summary>
internal static class ReportApi
{
    public static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DaysFromToday(int days) => DateTime.UtcNow.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A profile body with the given birth day of May 1990 and gender (each day is the next day master).</summary>
    public static string Birth(int day, string gender) =>
        $$"""{"name":"김민수","birth_year":1990,"birth_month":5,"birth_day":{{day}},"birth_hour":14,"gender":"{{gender}}"}""";

    public static long Count(this JsonElement share) => share.GetProperty("count").GetInt64();

    public static double Pct(this JsonElement share) => share.GetProperty("percentage").GetDouble();

    public static string[] Keys(this JsonElement obj) => obj.EnumerateObject().Select(p => p.Name).ToArray();

    public static async Task<JsonElement> FortuneReportAsync(this HttpClient client, string query = "") =>
        await client.GetAsync("/v1/reports/fortunes" + query).OkJsonAsync();

    public static async Task<JsonElement> ProfileReportAsync(this HttpClient client, string query = "") =>
        await client.GetAsync("/v1/reports/profiles" + query).OkJsonAsync();
}
