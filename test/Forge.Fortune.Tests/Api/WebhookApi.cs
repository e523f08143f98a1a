using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Fortune.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Fortune.Tests.Api;

/// <summary>Helpers for the <c>/v1/webhooks</c> and <c>/v1/events</c> tests.</summary>
internal static class WebhookApi
{
    public static string HookJson(string url, params string[] events) =>
        JsonSerializer.Serialize(new { url, events, description = "test hook", metadata = new Dictionary<string, string> { ["team"] = "qa" } });

    public static async Task<JsonElement> CreateHookAsync(this HttpClient client, string url, params string[] events)
    {
        var response = await client.PostJsonAsync("/v1/webhooks", HookJson(url, events));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> HookAsync(this HttpClient client, string id) => await client.GetAsync($"/v1/webhooks/{id}").OkJsonAsync();

    /// <summary>Waits until the event's dispatch job has handed it to every subscribed hook (or found none).</summary>
    public static Task AwaitDispatchedAsync(this TestHost host, string profileId, string type) =>
        Eventually.GetAsync(async () => Convert.ToInt64(await host.Database.ScalarAsync(
                "SELECT COUNT(*) FROM fortune_events WHERE \"ProfileId\" = @p AND \"Type\" = @t AND \"DispatchedAt\" IS NOT NULL", ("@p", profileId), ("@t", type))),
            n => n > 0, what: $"{type} of {profileId} to be dispatched");

    /// <summary>An event row as a crash leaves it: committed, never handed to a dispatch job.</summary>
    public static Task InsertUndispatchedEventAsync(this TestHost host, Guid tenantId, string eventId, string profileId, DateTime createdAt) =>
        host.InTenantAsync(tenantId, async sp =>
        {
            var db = sp.GetRequiredService<FortuneDbContext>();
            var data = $$"""{"profile_id":"{{profileId}}","day_master":"병화"}""";
            return await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO fortune_events ("Id", "TenantId", "Type", "ProfileId", "DataJson", "CreatedAt")
                VALUES ({eventId}, {tenantId}, {"profile.created"}, {profileId}, {data}, {createdAt})
                """);
        });
}
