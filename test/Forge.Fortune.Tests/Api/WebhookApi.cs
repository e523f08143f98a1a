using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Hosting.BackgroundJobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
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
    /// <summary>
    /// What a crash right after a commit leaves: an event and its staged dispatch job, committed together, and
    /// no host left to dispatch them. Written through the host's services without starting it (no dispatcher runs).
    /// </summary>
    public static async Task InsertUndispatchedEventAsync(TestDatabase database, Guid tenantId, string eventId, string profileId, DateTime createdAt)
    {
        var settings = new Dictionary<string, string?>(database.Settings()) { ["Forge:SeedDemo"] = "false", ["Forge:Modules"] = "Fortune" };
        await using var app = Forge.Host.ForgeApplication.Build([], b =>
        {
            b.Configuration.AddInMemoryCollection(settings);
            b.Logging.ClearProviders();
        });
        await using var scope = app.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<Forge.Hosting.MultiTenancy.ICurrentTenant>().Change(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<FortuneDbContext>();
        var data = $$"""{"profile_id":"{{profileId}}","day_master":"병화"}""";
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO fortune_events ("Id", "TenantId", "Type", "ProfileId", "DataJson", "CreatedAt")
            VALUES ({eventId}, {tenantId}, {"profile.created"}, {profileId}, {data}, {createdAt})
            """);
        db.StageJob(new Forge.Fortune.Application.Events.FortuneEventDispatchArgs(eventId));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}
