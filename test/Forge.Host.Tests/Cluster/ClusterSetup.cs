namespace Forge.Host.Tests.Cluster;

/// <summary>Creates tenants, keys, credits and feature values with the CLI against the cluster's database, as an operator would.</summary>
public sealed class ClusterSetup(IReadOnlyDictionary<string, string?> environment, string suffix)
{
    /// <summary>A tenant name unique to this run (runs share the PostgreSQL server and Redis with other tests).</summary>
    public string Tenant(string name) => $"{name}-{suffix}";

    public async Task<string> RunAsync(params string[] args)
    {
        var result = await CliProcess.RunAsync(environment, args, TimeSpan.FromSeconds(120));
        if (result.ExitCode != 0) throw new InvalidOperationException(result.ToString());
        return result.StdOut;
    }

    public async Task<Guid> CreateTenantAsync(string tenant, string edition = "enterprise")
    {
        var json = System.Text.Json.JsonDocument.Parse(await RunAsync("tenant", "create", tenant, "--edition", edition, "--json")).RootElement;
        return json.GetProperty("id").GetGuid();
    }

    /// <summary>The whole key, shown once.</summary>
    public async Task<string> CreateKeyAsync(string tenant, string product) =>
        System.Text.Json.JsonDocument.Parse(await RunAsync("key", "create", "--tenant", tenant, "--product", product, "--json")).RootElement.GetProperty("key").GetString()!;
}
