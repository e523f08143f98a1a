using System.Net;
using System.Text.Json;
using Forge.Host.RateLimiting;

namespace Forge.Host.Tests;

internal static class RateLimitTestSupport
{
    /// <summary>
    /// Windows are fixed and aligned to the clock, so a burst that straddles a boundary would be
    /// split over two windows. When too little of the current window is left, start in the next.
    /// This waits to set up the burst, never to assert an outcome.
    /// </summary>
    public static async Task StartOfFreshEnoughWindowAsync(TimeSpan window, TimeSpan needed)
    {
        var now = DateTimeOffset.UtcNow;
        var left = Forge.Hosting.RateLimiting.RateLimitWindows.AlignedStart(now, window) + window - now;
        if (left < needed) await Task.Delay(left + TimeSpan.FromMilliseconds(50));
    }

    /// <summary>Asserts the platform's 429: integer Retry-After within the window and an RFC 9457 body.</summary>
    public static async Task ShouldBeRateLimitedAsync(HttpResponseMessage response, int windowSeconds)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var retryAfter = response.Headers.GetValues("Retry-After").Single();
        retryAfter.ShouldMatch("^[0-9]+$");
        int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, windowSeconds);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(429);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("retry after", Case.Insensitive);
    }
}
