using Forge.Fortune.Application;
using Forge.Fortune.Application.Batches;
using Forge.Fortune.Application.Events;
using Forge.Fortune.Application.Fortunes;
using Forge.Fortune.Application.Profiles;
using Forge.Fortune.Application.Reports;
using Forge.Fortune.Application.Simple;
using Forge.Fortune.Application.Status;
using Forge.Fortune.Application.Webhooks;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.HttpApi;
using Forge.Hosting.AI;
using Forge.Fortune.HttpApi.OpenApi;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Data;
using Forge.Hosting.Features;
using Forge.Hosting.Idempotency;
using Forge.Hosting.Modularity;
using Forge.Hosting.Webhooks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Forge.Fortune;

/// <summary>The Saju fortune API: v1 (Enterprise) and v0 (every plan).</summary>
public sealed class FortuneModule : ForgeModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddFeature(FeatureDefinition.Boolean(FortuneFeatures.EnterpriseApi, false, "The v1 resource API (Enterprise tier).")
            .WithEdition("enterprise", "true"));
        // ADR 7: the docs' RL table; Enterprise is "negotiated", defaulting to the Business row.
        context.AddFeature(FeatureDefinition.Integer(FortuneFeatures.RequestsPerMinute, 10, "Fortune requests per minute.")
            .WithEdition("pro", "300").WithEdition("enterprise", "1000"));
        context.AddFeature(FeatureDefinition.Integer(FortuneFeatures.RequestsPerDay, 100, "Fortune requests per day (resets at midnight KST).")
            .WithEdition("pro", "10000").WithEdition("enterprise", "100000"));

        context.AddProduct(FortuneProduct.Definition);
        // ADR 7 #8: exactly these aliases; configuration may repoint them (Forge:AI:Models) or add more (Forge:AI:Products:fortune:Aliases).
        context.AddAiAliases(FortuneGenerationService.Product, AiModelDefaults.Haiku, AiModelDefaults.Sonnet, AiModelDefaults.Gpt4o);
        FortuneApiDocument.Register(context.Services); // /openapi/fortune.json (ADR 29)
        context.Services.AddSingleton<SajuCalculationAppService>();
        context.Services.AddSingleton<SimpleSajuAppService>();

        context.Services.AddForgeDbContext<FortuneDbContext, SqliteFortuneDbContext, PostgreSqlFortuneDbContext, SqlServerFortuneDbContext>(
            context.Configuration, FortuneDbContext.ConnectionName,
            (sp, options) => options.AddInterceptors(sp.GetRequiredService<FortuneEventInterceptor>()), pooled: true);
        context.Services.AddSingleton<ProfilePii>();
        context.Services.AddScoped<ProfileAppService>();
        context.Services.AddScoped<ProfileListAppService>();

        context.Services.AddScoped<UsageReportAppService>();
        context.Services.AddScoped<ProfileReportAppService>();
        context.Services.AddScoped<FortuneReportAppService>();
        context.Services.AddScoped<AuditReportAppService>();

        // Status (ADR 13): figures from the generation log (host-wide), model failures from this process's calls.
        context.Services.AddScoped<IFortuneGenerationStats, GenerationLogStats>();
        context.Services.AddSingleton<ModelCallOutcomes>();
        context.Services.AddSingleton<ApiLatencyWindow>();
        context.Services.AddScoped<StatusEvaluator>();
        context.Services.AddScoped<IncidentTracker>();
        context.Services.AddScoped<ServiceStatusAppService>();
        context.AddOptions<FortuneStatusOptions>(FortuneStatusOptions.SectionName);
        context.Services.AddRecurringJob<StatusCheckService>(StatusCheckService.Name, sp => sp.GetRequiredService<IOptions<FortuneStatusOptions>>().Value.CheckInterval);
        // Events outbox, webhooks and the SSE feed (ADR 12).
        context.AddOptions<FortuneEventOptions>(FortuneEventOptions.SectionName);
        context.Services.AddSingleton<FortuneEventSignal>();
        context.Services.AddSingleton<EventFeedConnections>();
        context.Services.AddSingleton<FortuneEventInterceptor>(); // shared by the pooled contexts (state per context)
        context.Services.AddBackgroundJob<FortuneEventDispatchJob, FortuneEventDispatchArgs>("fortune.event-dispatch");
        context.Services.AddScoped<EventFeedAppService>();
        context.Services.AddSingleton<WebhookMessages>();
        context.Services.AddScoped<IWebhookDeliveryObserver, WebhookOutcomeObserver>();
        context.Services.AddScoped<WebhookAppService>();
        context.Services.AddScoped<WebhookListAppService>();
        context.Services.AddScoped<FortuneGenerationService>();
        context.Services.AddScoped<FortuneAppService>();
        context.Services.AddScoped<FortuneStreamAppService>();
        context.Services.AddSingleton<YearlyCalculationAppService>();
        context.Services.AddSingleton<SimpleFortuneCache>();
        context.Services.AddScoped<SimpleDailyFortuneAppService>();
        context.Services.AddScoped<FortuneListAppService>();
        context.Services.AddIdempotencyStore<FortuneDbContext>(FortuneProduct.Name); // ADR 32
        context.AddFortuneBatches(); // ADR 14
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => FortuneEndpoints.Map(endpoints);
}
