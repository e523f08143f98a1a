using Forge.TestKit.FakeAi;

namespace Forge.Analysis.Tests.Provider;

/// <summary>
/// The real host with Analysis's text written by a model (ADR 47): a fake provider on loopback (real HTTP through the
/// provider's SDK), its alias listed for the product, the outbound pipeline shrunk to test speed. One per test class;
/// the fake's script is shared, so the class's tests run one after another and each enqueues what it consumes.
/// </summary>
public abstract class ProviderHostFixture : IAsyncLifetime
{
    private int _names;

    public FakeAiServer Fake { get; private set; } = null!;

    public TestHost Host { get; private set; } = null!;

    /// <summary>The label the result carries: the provider's name in lower case.</summary>
    public abstract string Engine { get; }

    protected abstract string ProviderName { get; }

    protected abstract string Alias { get; }

    protected abstract Task<FakeAiServer> StartFakeAsync();

    /// <summary>Resilience values this host needs beyond the fast defaults (the circuit test lowers its threshold).</summary>
    protected virtual IDictionary<string, string?> Overrides => new Dictionary<string, string?>();

    /// <summary>Where the host sends provider calls: the fake itself, unless a fixture puts something in between.</summary>
    protected virtual Task<string> BaseUrlAsync(FakeAiServer fake) => Task.FromResult(fake.ConfiguredBaseUrl);

    public string UniqueName(string prefix) => $"{prefix}-{Interlocked.Increment(ref _names)}";

    public async Task InitializeAsync()
    {
        Fake = await StartFakeAsync();
        Fake.Otherwise = FakeAiOutcome.ServerError(); // a call no test scripted fails loudly
        var settings = new Dictionary<string, string?>
        {
            [$"Forge:AI:Providers:{ProviderName}:ApiKey"] = Fake.ApiKey,
            [$"Forge:AI:Providers:{ProviderName}:BaseUrl"] = await BaseUrlAsync(Fake),
            ["Forge:AI:Products:analysis:Aliases:0"] = Alias,
            ["Forge:AI:Resilience:TotalTimeout"] = "00:00:04",
            ["Forge:AI:Resilience:AttemptTimeout"] = "00:00:01.500",
            ["Forge:AI:Resilience:MaxRetryAttempts"] = "1",
            ["Forge:AI:Resilience:RetryBaseDelay"] = "00:00:00.020",
            ["Forge:AI:Resilience:CircuitMinimumThroughput"] = "1000",
            ["Forge:AI:Resilience:CircuitSamplingDuration"] = "00:00:30",
            ["Forge:AI:Resilience:CircuitBreakDuration"] = "00:10:00",
        };
        foreach (var (key, value) in Overrides) settings[key] = value;
        Host = await TestHost.StartAsync(settings: settings);
    }

    public virtual async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        if (Fake is not null) await Fake.DisposeAsync();
    }
}

public sealed class AnthropicHostFixture : ProviderHostFixture
{
    public override string Engine => "anthropic";
    protected override string ProviderName => "Anthropic";
    protected override string Alias => "haiku";
    protected override async Task<FakeAiServer> StartFakeAsync() => await FakeAnthropicServer.StartAsync();
}

public sealed class OpenAiHostFixture : ProviderHostFixture
{
    public override string Engine => "openai";
    protected override string ProviderName => "OpenAI";
    protected override string Alias => "gpt4o";
    protected override async Task<FakeAiServer> StartFakeAsync() => await FakeOpenAiServer.StartAsync();
}

/// <summary>Anthropic behind a <see cref="GatedProxy"/>, so a test can hold the job inside the model call.</summary>
public sealed class GatedAnthropicHostFixture : ProviderHostFixture
{
    public GatedProxy Proxy { get; private set; } = null!;
    public override string Engine => "anthropic";
    protected override string ProviderName => "Anthropic";
    protected override string Alias => "haiku";
    protected override async Task<FakeAiServer> StartFakeAsync() => await FakeAnthropicServer.StartAsync();

    protected override async Task<string> BaseUrlAsync(FakeAiServer fake)
    {
        Proxy = await GatedProxy.StartAsync(fake.BaseAddress);
        return Proxy.BaseAddress.ToString().TrimEnd('/'); // Anthropic's SDK appends /v1/messages itself
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Proxy is not null) await Proxy.DisposeAsync();
    }
}

/// <summary>A host whose circuit opens after two failed attempts and stays open for the test (SVC002).</summary>
public sealed class TrippingCircuitHostFixture : ProviderHostFixture
{
    public override string Engine => "anthropic";
    protected override string ProviderName => "Anthropic";
    protected override string Alias => "haiku";
    protected override async Task<FakeAiServer> StartFakeAsync() => await FakeAnthropicServer.StartAsync();
    protected override IDictionary<string, string?> Overrides => new Dictionary<string, string?>
    {
        ["Forge:AI:Resilience:CircuitMinimumThroughput"] = "2",
        ["Forge:AI:Resilience:CircuitFailureRatio"] = "0.5",
    };
}

/// <summary>Replies a model could give for <see cref="Api.AnalysisApi.Body"/> (an English posting).</summary>
internal static class ProviderReplies
{
    public const string SummaryText = "Your backend record with Java and Spring Boot fits this role well.";
    public const string SpringBootText = "You built payment APIs with Spring Boot at Acme, which this team needs.";

    public static string Valid(string summary = SummaryText) => $$"""
        Here is the analysis:
        ```json
        {"sections": {"jobTitle": "You are a backend engineer applying for a senior backend role.", "summary": "{{summary}}",
          "responsibilities": "Your payment API work maps onto the responsibilities.", "requiredQualifications": "You meet the required Java and Spring Boot experience.",
          "preferredQualifications": "Kafka and Kubernetes appear on your resume.", "hardSkills": "Strong Java, Spring Boot and PostgreSQL.",
          "softSkills": "Say more about collaboration.", "experience": "Five years of backend work exceed the three asked for."},
         "skills": [{"skill": "Spring Boot", "evaluation": "{{SpringBootText}}"}],
         "overallEvaluation": {"feedback": ["A strong match for the core stack."], "recommendations": ["Apply, leading with the payment APIs."],
          "improvementSuggestionsForApplicant": ["Quantify the scale of the payment APIs."],
          "resumeFeedback": [{"category": "Evidence", "feedback": ["Add numbers to each role."]}],
          "coverLetterFeedback": [{"category": "Motivation", "feedback": ["Say why this team."]}]},
         "matchScore": 0.01}
        ```
        """;

    /// <summary>JSON of the right kind with the required parts missing: the validator refuses it.</summary>
    public const string Incomplete = """{"sections": {"jobTitle": "Fine."}, "overallEvaluation": {"feedback": []}}""";
}
