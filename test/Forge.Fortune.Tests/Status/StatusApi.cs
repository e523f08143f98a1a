using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Forge.Fortune.Tests.Status;

internal static class StatusApi
{
    public static async Task<JsonElement> StatusAsync(this HttpClient client)
    {
        var response = await client.GetAsync("/v1/status");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static JsonElement Component(this JsonElement status, string name) => status.GetProperty("components").GetProperty(name);

    public static Task<long> OpenIncidentsAsync(this TestHost host, string component) =>
        host.Database.ScalarAsync("SELECT COUNT(*) FROM fortune_incidents WHERE \"Component\" = @c AND \"OpenComponent\" IS NOT NULL", ("@c", component))
            .ContinueWith(t => Convert.ToInt64(t.Result));

    /// <summary>
    /// Changes a <c>Fortune:Status</c> value on the running host the way a reloaded configuration file does: set, then
    /// reload, which is what <c>IOptionsMonitor</c> (ADR 33) listens to. Setting a value alone fires no change.
    /// </summary>
    public static void SetStatusOption(this TestHost host, string name, string value)
    {
        host.App.Configuration[$"Fortune:Status:{name}"] = value;
        ((Microsoft.Extensions.Configuration.IConfigurationRoot)host.App.Configuration).Reload();
    }
}
