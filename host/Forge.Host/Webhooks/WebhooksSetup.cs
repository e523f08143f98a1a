using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Webhooks;

namespace Forge.Host.Webhooks;

public static class WebhooksSetup
{
    public static IServiceCollection AddForgeWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        var allowPrivate = configuration.GetValue("Forge:Webhooks:AllowPrivateTargets", false);
        services.AddHttpClient(WebhookDeliveryJob.HttpClientName, c =>
            {
                c.Timeout = TimeSpan.FromSeconds(configuration.GetValue("Forge:Webhooks:TimeoutSeconds", 10.0));
                c.DefaultRequestHeaders.UserAgent.ParseAdd("Forge-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => PrivateAddressGuard.CreateHandler(allowPrivate));
        services.AddScoped<IWebhookSender, WebhookSender>();
        services.AddSingleton<IWebhookTargetPolicy, WebhookTargetPolicy>();
        services.AddBackgroundJob<WebhookDeliveryJob, WebhookDeliveryArgs>("forge.webhook-delivery");
        return services;
    }
}
