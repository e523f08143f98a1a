using Forge.Host.Accounts;
using Forge.Host.AdminConsole;
using Forge.Host.ApiKeys;
using Forge.Host.Authentication;
using Forge.Host.BackgroundJobs;
using Forge.Host.Caching;
using Forge.Host.Credits;
using Forge.Host.Data;
using Forge.Host.Diagnostics;
using Forge.Host.Features;
using Forge.Host.Health;
using Forge.Host.Modules;
using Forge.Host.OAuth;
using Forge.Host.OpenApi;
using Forge.Host.Platform;
using Forge.Host.ProductApi;
using Forge.Host.RateLimiting;
using Forge.Host.Seeding;
using Forge.Host.Tenants;
using Forge.Host.Usage;
using Forge.Host.Webhooks;
using Forge.Host.WebSockets;
using Forge.Hosting.AI;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Credits;
using Forge.Hosting.Data;
using Forge.Hosting.Diagnostics;
using Forge.Hosting.Features;
using Forge.Hosting.Idempotency;
using Forge.Hosting.Identity;
using Forge.Hosting.Modularity;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.Security;
using Forge.Hosting.Usage;
using Forge.Hosting.Work;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Forge.Host;

/// <summary>Composes the platform and the configured modules into one web application.</summary>
public static class ForgeApplication
{
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(ConfigReload.OffUnlessAsked(args));
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        configure?.Invoke(builder);

        var modules = ModuleCatalog.Load(builder.Configuration);
        builder.Services.AddSingleton<IReadOnlyList<ForgeModule>>(modules);
        builder.Services.AddForgePlatform(builder.Configuration);
        var moduleContext = new ModuleServiceContext(builder.Services, builder.Configuration);
        foreach (var module in modules) module.ConfigureServices(moduleContext);

        var app = builder.Build();
        app.UseForgePipeline(modules);
        foreach (var module in modules) module.MapEndpoints(app);
        EndpointsBuiltOnce.Apply(app); // built once, not by each of routing's two readers (ADR 69)
        return app;
    }

    private static IServiceCollection AddForgePlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<EndpointWarmUp>(); // first: the endpoints build beside the other hosted services (ADR 69)
        services.AddHostedService(sp => sp.GetRequiredService<EndpointWarmUp>());
        services.AddHostedService<PlatformStartup>(); // migrations before the job server and recovery
        services.AddHostedService<ModuleLifecycleService>(); // modules start on a migrated database, before the job server
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentTenant, CurrentTenant>();
        services.AddMemoryCache();
        services.AddProblemDetails();
        services.AddExceptionHandler<PlatformExceptionHandler>();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        services.AddForgeDbContext<PlatformDbContext, SqlitePlatformDbContext, PostgreSqlPlatformDbContext, SqlServerPlatformDbContext>(
            configuration, PlatformDbContext.ConnectionName);
        services.AddSingleton<DatabaseMigrator>();
        services.AddForgeDataProtection(configuration); // one key ring for all hosts when they share job storage (ADR 49)
        services.AddSingleton<IPiiProtector>(new AesGcmPiiProtector(PlatformKeys.PiiKey(configuration)));

        services.AddForgeProducts();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentCaller, HttpCurrentCaller>();
        services.AddForgeAuthentication();
        services.AddForgeConsole();
        services.AddScoped<IUserClaimsPrincipalFactory<ForgeUser>, UserClaimsFactory>();
        services.AddForgeOAuth(configuration);

        services.AddSingleton<PlatformCacheGeneration>();
        services.AddScoped<PlatformChanges>();
        services.AddHostedService<PlatformChangeListener>();
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<TenantCache>();
        services.AddScoped<TenantManager>();
        services.AddScoped<ApiKeyManager>();
        services.AddScoped<OAuthClientManager>();
        services.AddSingleton<RevokedClientCache>();
        services.AddScoped<AdminUserManager>();
        services.AddScoped<DemoSeeder>();

        services.AddSingleton<FeatureStore>();
        services.AddScoped<IFeatureChecker, FeatureChecker>();
        services.AddScoped<FeatureManager>();

        services.AddScoped<ICreditLedger, CreditLedger>();
        services.AddCreditPriceList();
        services.AddRecurringJob<CreditExpirySweeper>(CreditExpirySweeper.Name,
            sp => sp.GetRequiredService<IOptions<CreditOptions>>().Value.SweepInterval);
        services.AddForgeOptions<CreditOptions>(CreditOptions.Section);
        services.AddForgeOptions<PlatformStartupOptions>(PlatformStartupOptions.Section);

        services.AddIdempotencyCleanup();

        services.AddSingleton<UsageRecorder>();
        services.AddSingleton<IUsageRecorder>(sp => sp.GetRequiredService<UsageRecorder>());
        services.AddHostedService<UsageWriter>();
        services.AddScoped<IUsageQuery, UsageQuery>();
        services.AddScoped<UsageReport>();

        // The limiter fails open while a configured Redis is down.
        services.AddSingleton<OptionalRedis>();
        if (OptionalRedis.ConnectionString(configuration) is { } redis) OptionalRedis.Register(services, redis);
        services.AddForgeRateLimiting(redis: OptionalRedis.ConnectionString(configuration) is not null);

        services.AddForgeWebSockets();
        services.AddForgeJobs(configuration);
        services.AddForgeWebhooks();
        services.AddForgeAi(configuration);
        services.AddSingleton<Forge.Host.AI.AiCallMetrics>();
        services.AddSingleton<Forge.Host.AI.AiCallLog>();
        services.AddSingleton<IAiCallLog>(sp => sp.GetRequiredService<Forge.Host.AI.AiCallLog>());
        services.AddHostedService<Forge.Host.AI.AiCallLogWriter>();
        services.AddScoped<WorkItems>(); // console: modules' long-running work
        services.AddSingleton<SystemStatusReader>(); // console: system status
        services.AddSingleton<LiveHosts>(); // console: every host sharing the job storage
        // For any module's status page: a timed round trip to its database, pool figures, process uptime.
        services.AddSingleton<IProcessUptime, ProcessUptime>();
        services.AddSingleton<IConnectionPoolMetrics, NpgsqlPoolMetrics>();
        services.AddScoped(typeof(IDatabaseProbe<>), typeof(DatabaseProbe<>));

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<JobServerHealthCheck>("jobs", tags: ["ready"]);
        services.AddForgeOpenApi();
        services.AddForgeTelemetry(configuration);
        return services;
    }

    private static void UseForgePipeline(this WebApplication app, IReadOnlyList<ForgeModule> modules)
    {
        app.UseExceptionHandler();
        app.UsePlatformProbes(); // ahead of routing and the API's middleware (ADR 82)
        app.UseMiddleware<ConsoleSecurityHeaders>();
        // Console responses without a body (404, 403, 400) get a page, with their status code kept.
        app.UseWhen(c => ConsoleSetup.IsConsolePath(c.Request.Path), console => console.UseStatusCodePagesWithReExecute("/console/error"));
        app.UseWebSockets(); // keep-alive from Forge:WebSockets
        app.UseEndpointsOnFirstRequest( // what most hosts of a cluster never serve joins the route table on its first request (ADR 46, 78)
            ([ConsoleSetup.BasePath], ConsoleSetup.MapPages),
            ([OpenApiSetup.DocumentsPath, OpenApiSetup.ReferencePath], OpenApiSetup.MapDocuments),
            ([JobsSetup.DashboardPath], JobsSetup.MapDashboard));
        app.UseRouting();
        app.UseMiddleware<RequestCharsetGuard>(); // an undecodable charset is a 415, not the JSON reader's 500
        app.UseMiddleware<WebSocketCredentialMiddleware>(); // a browser's credential rides in Sec-WebSocket-Protocol
        // UseAuthentication, with OpenIddict's request handlers offered only the requests they act on (ADR 35).
        // The property tells WebApplication not to add the stock middleware in front of the pipeline as well.
        ((IApplicationBuilder)app).Properties["__AuthenticationMiddlewareSet"] = true;
        app.UseMiddleware<ForgeAuthenticationMiddleware>();
        app.UseMiddleware<UsageMeteringMiddleware>();
        app.UseMiddleware<RateLimitingMiddleware>();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseAuthorization();
        // The modules' slot (ForgeModule.ConfigurePipeline): the caller, its tenant and the endpoint are known here.
        foreach (var module in modules) module.ConfigurePipeline(app);

        app.MapTokenEndpoint();
        app.MapAccountEndpoints();
        app.MapWhoAmI();
        app.MapForgeConsole();
    }
}
