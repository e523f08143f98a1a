using Forge.TestKit.FakeAi;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// The real host with a fake Notion server and fake Anthropic and OpenAI servers on loopback (ADR 53): the providers'
/// base URLs and keys, and the detect-provider roots, point at the fakes. Subclasses choose the planner's alias.
/// </summary>
public abstract class AiHostFixture : SharedTestHost
{
    public FakeNotionServer Notion { get; private set; } = null!;
    public FakeAnthropicServer Anthropic { get; private set; } = null!;
    public FakeOpenAiServer OpenAi { get; private set; } = null!;

    /// <summary>The <c>Forge:NotionForge:AI:Model</c> alias, or null for the built-in planner.</summary>
    protected virtual string? PlannerModel => null;

    protected virtual IDictionary<string, string?> Extra => new Dictionary<string, string?>();

    protected override async Task StartDependenciesAsync()
    {
        Notion = await FakeNotionServer.StartAsync();
        Anthropic = await FakeAnthropicServer.StartAsync();
        OpenAi = await FakeOpenAiServer.StartAsync();
    }

    protected override async ValueTask StopDependenciesAsync()
    {
        if (Notion is not null) await Notion.DisposeAsync();
        if (Anthropic is not null) await Anthropic.DisposeAsync();
        if (OpenAi is not null) await OpenAi.DisposeAsync();
    }

    protected override IDictionary<string, string?>? Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["Forge:NotionForge:Notion:BaseUrl"] = Notion.BaseAddress.ToString(),
                ["Forge:NotionForge:Notion:RetryBaseDelay"] = "00:00:00.200",
                ["Forge:AI:Providers:Anthropic:BaseUrl"] = Anthropic.ConfiguredBaseUrl,
                ["Forge:AI:Providers:Anthropic:ApiKey"] = Anthropic.ApiKey,
                ["Forge:AI:Providers:OpenAI:BaseUrl"] = OpenAi.ConfiguredBaseUrl,
                ["Forge:AI:Providers:OpenAI:ApiKey"] = OpenAi.ApiKey,
                ["Forge:AI:Resilience:MaxRetryAttempts"] = "1",
                ["Forge:AI:Resilience:RetryBaseDelay"] = "00:00:00.010",
                ["Forge:NotionForge:AI:Model"] = PlannerModel ?? "",
                ["Forge:NotionForge:AI:DetectBaseUrls:openai"] = new Uri(OpenAi.BaseAddress, "/v1/").ToString(),
                ["Forge:NotionForge:AI:DetectBaseUrls:anthropic"] = new Uri(Anthropic.BaseAddress, "/v1/").ToString(),
            };
            foreach (var (key, value) in Extra) settings[key] = value;
            return settings;
        }
    }

    /// <summary>A tenant, a client with its NotionForge key, and a Notion token the fake accepts.</summary>
    public async Task<(Guid Tenant, HttpClient Client, string Key, string NotionToken)> TenantAsync()
    {
        var tenant = await Host.CreateTenantAsync(UniqueName("ai"));
        var key = await Host.CreateKeyAsync(tenant, Products.NotionForge);
        return (tenant.Id, Host.ClientWithKey(key), key, Notion.AddToken());
    }
}

/// <summary>Plans with NotionForge's <c>nf-planner</c> alias (Anthropic by default), answered by the fake Anthropic server.</summary>
public sealed class PlannerModelFixture : AiHostFixture
{
    protected override string? PlannerModel => "nf-planner";
}

/// <summary>No planner alias: the chat and generate endpoints plan with the built-in planner.</summary>
public sealed class BuiltInAiFixture : AiHostFixture;

/// <summary>Built-in planner, a 2 s synchronous wait and a 0.2 s stream heartbeat: for timeouts and idle streams.</summary>
public sealed class ShortWaitFixture : AiHostFixture
{
    protected override IDictionary<string, string?> Extra => new Dictionary<string, string?>
    {
        ["Forge:NotionForge:GenerateTimeout"] = "00:00:02",
        ["Forge:NotionForge:StreamHeartbeat"] = "00:00:00.200",
    };
}

/// <summary>A provider named <c>copilot</c> (OpenAI-compatible, at the fake OpenAI server) with one NotionForge alias.</summary>
public sealed class CopilotFixture : AiHostFixture
{
    protected override IDictionary<string, string?> Extra => new Dictionary<string, string?>
    {
        ["Forge:AI:Providers:copilot:Kind"] = "OpenAICompatible",
        ["Forge:AI:Providers:copilot:BaseUrl"] = OpenAi.ConfiguredBaseUrl,
        ["Forge:AI:Providers:copilot:ApiKey"] = OpenAi.ApiKey,
        ["Forge:AI:Models:copilot-gpt:Provider"] = "copilot",
        ["Forge:AI:Models:copilot-gpt:Model"] = "gpt-4.1",
        ["Forge:AI:Products:notionforge:Aliases:0"] = "copilot-gpt",
    };
}
