using Forge.Hosting.BackgroundJobs;
using Forge.NotionForge.Application.Generation;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.NotionForge.Application.Tasks;

public static class TaskServiceCollectionExtensions
{
    /// <summary>Generation tasks (ADR 51): <see cref="IGenerationTasks"/>, its job, rollback and options.</summary>
    public static IServiceCollection AddNotionForgeTasks(this IServiceCollection services)
    {
        services.AddOptions<TaskOptions>().BindConfiguration(TaskOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<TaskEventWriter>();
        services.AddScoped<TaskFinisher>();
        services.AddScoped<TaskViews>();
        services.AddScoped<TaskRollback>();
        services.AddScoped<IGenerationTasks, GenerationTaskService>();
        services.AddBackgroundJob<GenerationTaskJob, GenerationTaskArgs>();
        return services;
    }
}
