using System.Collections.Concurrent;
using Forge.Hosting.Credits;
using Forge.Hosting.Modularity;
using Forge.Hosting.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.TestModules.Webhooks;

/// <summary>
/// A product with its own webhook retry policy, Analysis-style: 3 retries 2 s apart (4 attempts), unlike
/// the host default Fortune uses. It records every outcome its observer is told about, and declares a
/// credit price, as a billing module would.
/// </summary>
public sealed class WebhookPolicyModule : ForgeModule
{
    public const string Product = "hooks";
    public const string Kind = "delivery";
    public const string RunPrice = "hooks.run";
    public static readonly WebhookRetryPolicy Policy = new(MaxAttempts: 4, Interval: TimeSpan.FromSeconds(2));

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddWebhookRetryPolicy(Product, Policy);
        context.AddCreditPrice(RunPrice, 1, "One test analysis run.");
        context.Services.AddSingleton<RecordedWebhookOutcomes>();
        context.Services.AddScoped<IWebhookDeliveryObserver, RecordingWebhookObserver>();
    }
}

public sealed class RecordedWebhookOutcomes
{
    public ConcurrentQueue<WebhookDeliveryOutcome> Outcomes { get; } = new();
}

/// <summary>Keeps only its own product's outcomes, by the typed owner.</summary>
internal sealed class RecordingWebhookObserver(RecordedWebhookOutcomes recorded) : IWebhookDeliveryObserver
{
    public Task OnDeliveryFinishedAsync(WebhookDeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Owner?.Is(WebhookPolicyModule.Product, WebhookPolicyModule.Kind) == true) recorded.Outcomes.Enqueue(outcome);
        return Task.CompletedTask;
    }
}
