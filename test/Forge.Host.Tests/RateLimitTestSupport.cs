using System.Net;
using System.Text.Json;

namespace Forge.Host.Tests;

internal static class RateLimitTestSupport
{
    /// <summary>
    /// Windows are fixed and aligned to the Unix epoch. This one began in 2017 and ends in 2065, so no test can
    /// straddle a boundary and see its count split: the outcome never depends on when the test runs.
    /// </summary>
    public const long WindowThatCannotRollOver = 1_500_000_000;

    /// <summary>Asserts the platform's 429: integer Retry-After within the window and an RFC 9457 body.</summary>
    public static async Task ShouldBeRateLimitedAsync(HttpResponseMessage response, long windowSeconds)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var retryAfter = response.Headers.GetValues("Retry-After").Single();
        retryAfter.ShouldMatch("^[0-9]+$");
        long.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, windowSeconds);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(429);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("retry after", Case.Insensitive);
    }
}
