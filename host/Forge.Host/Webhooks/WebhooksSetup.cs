using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Modularity;
using Forge.Hosting.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Forge.Host.Webhooks;

public static class WebhooksSetup
{
    public static IServiceCollection AddForgeWebhooks(this IServiceCollection services)
    {
        services.AddForgeOptions<WebhookOptions>(WebhookOptions.SectionName);
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.TryAddSingleton<WebhookHostResolver>();
        services.AddSingleton<WebhookRetryPolicies>();
        services.AddHttpClient(WebhookDeliveryJob.HttpClientName, (sp, c) =>
            {
                c.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<WebhookOptions>>().Value.TimeoutSeconds);
                c.DefaultRequestHeaders.UserAgent.ParseAdd("Forge-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(sp => PrivateAddressGuard.CreateHandler(
                sp.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowPrivateTargets, sp.GetRequiredService<WebhookHostResolver>()));
        services.AddScoped<IWebhookSender, WebhookSender>();
        services.AddSingleton<IWebhookTargetPolicy, WebhookTargetPolicy>();
        services.AddBackgroundJob<WebhookDeliveryJob, WebhookDeliveryArgs>(WebhookDeliveryJob.JobName);
        return services;
    }
}
