using System.Text.Json;
using Forge.Fortune;
using Forge.Host.Platform;
using Forge.TestModules.Notes;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

/// <summary>The console's system status, read from a real host: what is loaded and configured, and no secret.</summary>
[ProviderSensitive]
public sealed class SystemStatusTests
{
    [Fact]
    public async Task The_default_host_reports_its_modules_database_waiting_job_server_and_unconfigured_ai()
    {
        await using var host = await TestHost.StartAsync();
        var reader = host.Services.GetRequiredService<SystemStatusReader>();

        var status = reader.Read();

        // The built-in modules (ModuleCatalog.BuiltIn): Analysis, Fortune and NotionForge.
        status.Modules.Select(m => m.Name).ShouldBe(["Analysis", "Fortune", "NotionForge"], ignoreOrder: true);
        var analysis = status.Modules.Single(m => m.Name == "Analysis");
        analysis.Assembly.ShouldBe("Forge.Analysis");
        analysis.Version.ShouldBe(InformationalVersion(typeof(Forge.Analysis.AnalysisModule)));
        var fortune = status.Modules.Single(m => m.Name == "Fortune");
        fortune.Name.ShouldBe("Fortune");
        fortune.Assembly.ShouldBe("Forge.Fortune");
        fortune.Version.ShouldBe(InformationalVersion(typeof(FortuneModule)));
        status.DatabaseProvider.ShouldBe(host.Database.Provider);
        status.Jobs.ShouldBe(new JobServerStatus("InMemory", Running: false, Servers: 0, Workers: 0, WaitingForFirstJob: true)); // no job yet (ADR 82)
        status.AiProviders.Select(p => (p.Provider, p.Configured, p.Endpoint)).ShouldBe([("Anthropic", false, null), ("OpenAI", false, null)]);
        status.AiModels.Select(m => m.Alias).ShouldBe(["gpt4o", "haiku", "nf-planner", "sonnet"]); // nf-planner: NotionForge's own (ADR 53)
        status.AiModels.ShouldAllBe(m => !m.Configured);
        status.Redis.ShouldBe(new RedisStatus(false, null));
        status.HostVersion.ShouldBe(InformationalVersion(typeof(ForgeApplication)));
        status.Uptime.ShouldBeGreaterThan(TimeSpan.Zero);
        status.StartedAt.Kind.ShouldBe(DateTimeKind.Utc);
        status.StartedAt.ShouldBeLessThan(DateTime.UtcNow);
    }

    [Fact]
    public async Task Configured_ai_and_redis_show_as_configured_without_their_secrets()
    {
        const string anthropicKey = "sk-ant-status-test-secret";
        await using var host = await TestHost.StartAsync(["Notes"], new Dictionary<string, string?>
        {
            ["Forge:AI:Providers:Anthropic:ApiKey"] = anthropicKey,
            ["Forge:AI:Providers:Anthropic:BaseUrl"] = "http://proxy-user:proxy-pass@127.0.0.1:9/anthropic?token=query-secret",
            ["Forge:AI:Models:house:Provider"] = "Anthropic",
            ["Forge:AI:Models:house:Model"] = "claude-house-1",
            // Nothing listens on port 1: configured, not connected (the limiter fails open meanwhile).
            ["ConnectionStrings:Redis"] = "127.0.0.1:1,password=redis-status-secret,connectTimeout=200,asyncTimeout=500,syncTimeout=500",
        });

        var status = host.Services.GetRequiredService<SystemStatusReader>().Read();

        status.Modules.Select(m => (m.Name, m.Assembly)).ShouldBe([("Notes", "Forge.TestModules")]);
        status.Modules[0].Version.ShouldBe(InformationalVersion(typeof(NotesModule)));
        status.AiProviders.Select(p => (p.Provider, p.Configured, p.Endpoint))
            .ShouldBe([("Anthropic", true, "http://127.0.0.1:9/anthropic"), ("OpenAI", false, null)]);
        status.AiModels.Select(m => (m.Alias, m.Provider, m.Configured)).ShouldBe(
            [("gpt4o", "OpenAI", false), ("haiku", "Anthropic", true), ("house", "Anthropic", true), ("sonnet", "Anthropic", true)]);
        status.AiModels.Single(m => m.Alias == "house").Model.ShouldBe("claude-house-1");
        status.Redis.ShouldBe(new RedisStatus(true, false));

        var json = JsonSerializer.Serialize(status);
        foreach (var secret in new[] { anthropicKey, "proxy-pass", "query-secret", "redis-status-secret" })
            json.ShouldNotContain(secret);
    }

    private static string InformationalVersion(Type type) =>
        System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(type.Assembly)!.InformationalVersion;
}
