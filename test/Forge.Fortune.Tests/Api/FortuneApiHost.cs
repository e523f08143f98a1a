using System.Net.Http.Json;
using System.Text.Json;
using Forge.Host.Features;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Fortune.Tests.Api;

/// <summary>The real host with the Fortune module, and tenants of each plan.</summary>
internal static class FortuneApiHost
{
    public static Task<TestHost> StartAsync(IDictionary<string, string?>? settings = null) => TestHost.StartAsync(["Fortune"], settings);

    public static async Task<HttpClient> ClientForAsync(this TestHost host, string tenantName, string edition)
    {
        var tenant = await host.CreateTenantAsync(tenantName, edition);
        return host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Fortune));
    }

    public static Task SetFeatureAsync(this TestHost host, string tenantName, string feature, string value) =>
        host.InScopeAsync(async sp =>
        {
            var tenant = await sp.GetRequiredService<TenantManager>().GetByNameAsync(tenantName);
            await sp.GetRequiredService<FeatureManager>().SetAsync(tenant, feature, value);
            return 0;
        });

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    public static async Task<JsonElement> ErrorAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("success").GetBoolean().ShouldBeFalse();
        body.GetProperty("meta").GetProperty("request_id").GetString()!.ShouldStartWith("req_");
        return body.GetProperty("error");
    }
}
