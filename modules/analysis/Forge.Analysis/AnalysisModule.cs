using Forge.Analysis.Application;
using Forge.Analysis.Application.Work;
using Forge.Analysis.Application.Writing;
using Forge.Analysis.Documents;
using Forge.Analysis.EntityFrameworkCore;
using Forge.Analysis.HttpApi;
using Forge.Analysis.HttpApi.OpenApi;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Credits;
using Forge.Hosting.Data;
using Forge.Hosting.Idempotency;
using Forge.Hosting.Modularity;
using Forge.Hosting.Webhooks;
using Forge.Hosting.Work;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Forge.Analysis;

/// <summary>The resume/job-posting Analysis API (issue 10; seed 003; ADR 37–40, 43).</summary>
public sealed class AnalysisModule : ForgeModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddProduct(AnalysisProduct.Definition);
        AnalysisApiDocument.Register(context.Services); // /openapi/analysis.json (ADR 29)
        context.AddCreditPrice(AnalysisSubmissions.PriceCode, 1, "One resume/job-posting analysis");
        // ADR 40: "3 retries 2 s apart" = 1 attempt + 3 retries.
        context.AddWebhookRetryPolicy(AnalysisProduct.Name, new WebhookRetryPolicy(4, TimeSpan.FromSeconds(2)));
        context.Services.AddForgeDbContext<AnalysisDbContext, SqliteAnalysisDbContext, PostgreSqlAnalysisDbContext, SqlServerAnalysisDbContext>(
            context.Configuration, AnalysisDbContext.ConnectionName);
        context.Services.AddIdempotencyStore<AnalysisDbContext>(AnalysisProduct.Name); // ADR 32, resource-pointer mode
        context.Services.AddAnalysisDocuments();
        context.Services.AddScoped<SubmissionValidator>();
        context.Services.AddScoped<AnalysisRunner>();
        context.Services.AddScoped<AnalysisTextWriter>(); // with-provider mode (ADR 47)
        context.Services.AddScoped<AnalysisWebhooks>();
        context.Services.AddScoped<AnalysisViews>();
        context.Services.AddScoped<AnalysisSubmissions>();
        context.Services.AddScoped<AnalysisReader>();
        context.Services.AddScoped<SandboxRuns>();
        context.Services.AddScoped<AnalysisLifecycle>();
        context.Services.AddScoped<AnalysisList>();
        context.Services.AddScoped<AnalysisSettlement>();
        context.Services.AddBackgroundJob<AnalysisJob, AnalysisJobArgs>("analysis.run");
        context.Services.AddBackgroundJob<AnalysisOutcomeJob, AnalysisOutcomeArgs>(AnalysisOutcomeJob.Name); // ADR 61 addendum
        context.Services.AddScoped<AnalysisBatches>();
        context.AddOptions<AnalysisOptions>(AnalysisOptions.Section);
        context.Services.AddRecurringJob<DocumentRetentionSweep>(DocumentRetentionSweep.Name,
            sp => TimeSpan.FromMinutes(sp.GetRequiredService<IOptions<AnalysisOptions>>().Value.SweepIntervalMinutes));
        context.Services.AddRecurringJob<CreditOrphanSweep>(CreditOrphanSweep.Name, // ADR 43 addendum
            sp => sp.GetRequiredService<IOptions<AnalysisOptions>>().Value.CreditOrphanSweepInterval);
        context.Services.AddBackgroundJob<AnalysisBatchJob, AnalysisBatchJobArgs>("analysis.batch");
        context.Services.AddScoped<IWorkItemSource, AnalysisWorkItemSource>(); // the console's Jobs page (ADR 47)
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => AnalysisEndpoints.Map(endpoints);
}
