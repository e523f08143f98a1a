using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Modularity;
using Forge.Hosting.Work;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Fortune.Application.Batches;

/// <summary>The batch services (ADR 14), registered with one line of <c>FortuneModule</c>.</summary>
internal static class FortuneBatchRegistration
{
    public static void AddFortuneBatches(this ModuleServiceContext context)
    {
        context.AddOptions<FortuneBatchOptions>(FortuneBatchOptions.SectionName);
        context.Services.AddScoped<BatchEstimator>();
        context.Services.AddScoped<BatchItemRecorder>();
        context.Services.AddScoped<BatchCompletion>();
        context.Services.AddScoped<FortuneBatchAppService>();
        context.Services.AddBackgroundJob<FortuneBatchJob, FortuneBatchArgs>("fortune.batch");
        context.Services.AddScoped<IWorkItemSource, BatchWorkItemSource>(); // the console's Jobs page
    }
}
