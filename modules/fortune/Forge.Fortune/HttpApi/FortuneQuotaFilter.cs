using System.Globalization;
using Forge.Hosting.Features;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Fortune.HttpApi;

/// <summary>
/// The plan's quotas (ADR 7): per minute and per day (the day resets at midnight KST), from the
/// tenant's features, with <c>X-RateLimit-Limit/Remaining/Reset</c> on every response and a 429
/// with <c>Retry-After</c> past either limit.
/// </summary>
internal sealed class FortuneQuotaFilter : IEndpointFilter
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        if (services.GetRequiredService<ICurrentTenant>().Id is not { } tenant) return await next(context);

        var features = services.GetRequiredService<IFeatureChecker>();
        var counter = services.GetRequiredService<IRateLimitCounter>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var perMinute = await features.GetIntegerAsync(FortuneFeatures.RequestsPerMinute, http.RequestAborted);
        var perDay = await features.GetIntegerAsync(FortuneFeatures.RequestsPerDay, http.RequestAborted);

        var minute = await counter.HitAsync($"fortune:minute:{tenant}", TimeSpan.FromMinutes(1), http.RequestAborted);
        var kstDayStart = new DateTimeOffset((now + Kst).UtcDateTime.Date, TimeSpan.Zero) - Kst;
        var day = await counter.HitAsync($"fortune:day:{tenant}", kstDayStart, TimeSpan.FromDays(1), http.RequestAborted);

        var dayExhausted = day.Count > perDay;
        var remaining = Math.Max(0, Math.Min(perMinute - minute.Count, perDay - day.Count));
        var reset = dayExhausted ? day.ResetsAt : minute.ResetsAt;
        http.Response.Headers["X-RateLimit-Limit"] = perMinute.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-RateLimit-Reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        if (minute.Count <= perMinute && !dayExhausted) return await next(context);

        var retryAfter = Math.Max(1, (int)Math.Ceiling((reset - now).TotalSeconds));
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var message = dayExhausted
            ? $"Daily quota of {perDay} requests reached; it resets at midnight KST."
            : $"Rate limit of {perMinute} requests per minute exceeded.";
        return FortuneErrors.Result(http, 429, FortuneErrorCodes.RateLimited, FortuneErrorTypes.RateLimited, message, retryAfter: retryAfter);
    }
}
