using Forge.Hosting.BackgroundJobs;
using Forge.NotionForge.Application.Generation;
using Forge.NotionForge.Application.Health;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.NotionForge.Application.Tasks;

public static class TaskServiceCollectionExtensions
{
    /// <summary>Generation tasks (ADR 51): <see cref="IGenerationTasks"/>, its job, rollback and options; health and metrics.</summary>
    public static IServiceCollection AddNotionForgeTasks(this IServiceCollection services)
    {
        services.AddOptions<TaskOptions>().BindConfiguration(TaskOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<TaskEventWriter>();
        services.AddScoped<TaskFinisher>();
        services.AddScoped<TaskViews>();
        services.AddScoped<RunningTaskSlots>();
        services.AddScoped<TaskRollback>();
        services.AddScoped<IGenerationTasks, GenerationTaskService>();
        services.AddBackgroundJob<GenerationTaskJob, GenerationTaskArgs>();
        services.AddRecurringJob<TaskRetentionSweep>(TaskRetentionSweep.Name, _ => TimeSpan.FromHours(1));
        services.AddHttpClient(nameof(NotionReachability));
        services.AddSingleton<NotionReachability>();
        services.AddScoped<NotionForgeHealth>();
        services.AddScoped<GenerationMetrics>();
        services.AddScoped<Forge.Hosting.Work.IWorkItemSource, TaskWorkItemSource>();
        return services;
    }
}
