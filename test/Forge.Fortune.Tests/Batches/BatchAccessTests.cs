using System.Net;
using Forge.Fortune.Tests.Api;
using Forge.Fortune.Tests.Fortunes;
using Forge.Host.Tenants;

namespace Forge.Fortune.Tests.Batches;

/// <summary>Batches belong to their tenant and to the Enterprise tier.</summary>
[ProviderSensitive]
public sealed class BatchAccessTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await FortuneApi.StartBuiltinAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Another_tenants_batch_and_an_unknown_id_are_404()
    {
        var owner = await _host.EnterpriseClientAsync("batch-owner");
        var stranger = await _host.EnterpriseClientAsync("batch-stranger");
        var ids = await owner.CreateProfilesAsync(1);
        var batch = await owner.CreateBatchAsync(BatchApi.Body(ids));
        await owner.WaitFinishedAsync(batch.Str("id"));

        await (await stranger.GetAsync($"/v1/fortunes/batch/{batch.Str("id")}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        await (await owner.GetAsync("/v1/fortunes/batch/batch_doesnotexist")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        (await owner.GetBatchAsync(batch.Str("id"))).Str("status").ShouldBe("completed");
    }

    [Theory]
    [InlineData(Editions.Free)]
    [InlineData(Editions.Pro)]
    public async Task Free_and_pro_keys_get_403_enterprise_required(string edition)
    {
        var client = await _host.ClientForAsync($"batch-{edition}", edition);

        await (await client.PostBatchAsync(BatchApi.Body(["prf_abc123def456"])))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "enterprise_required", "forbidden");
        await (await client.GetAsync("/v1/fortunes/batch/batch_abc123def456"))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "enterprise_required", "forbidden");
        (await _host.Database.CountAsync("fortune_batches")).ShouldBe(0);
    }

    [Fact]
    public async Task No_key_is_401()
    {
        var response = await _host.Client.PostJsonAsync("/v1/fortunes/batch", BatchApi.Body(["prf_abc123def456"]));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
