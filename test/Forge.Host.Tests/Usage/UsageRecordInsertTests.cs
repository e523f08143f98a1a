using Forge.Host.Data;
using Forge.Host.Usage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.Usage;

/// <summary>
/// The usage writer's multi-row INSERT (ADR 45) writes the rows EF Core would have: every column reads back through
/// EF Core unchanged (the tenant's Guid matches in a query, a null credential stays null, the time keeps its ticks),
/// across more rows than one statement carries.
/// </summary>
[ProviderSensitive]
public sealed class UsageRecordInsertTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Rows_written_in_statements_of_many_rows_read_back_through_ef_core_unchanged()
    {
        var tenant = Guid.NewGuid();
        var start = new DateTime(2026, 12, 2, 23, 4, 5, 678, DateTimeKind.Utc).AddTicks(9_000);
        var rows = Enumerable.Range(0, 450).Select(i => new UsageRecordRow
        {
            TenantId = tenant, CredentialType = i % 3 == 0 ? "client" : "api_key", CredentialId = i % 5 == 0 ? null : $"key-{i}",
            Product = "fortune", Method = i % 2 == 0 ? "GET" : "POST", RouteTemplate = $"/v1/route/{i}",
            StatusCode = 200 + i % 300, LatencyMs = i * 0.25, At = start.AddMilliseconds(i),
        }).ToList();

        await _host.InScopeAsync(async sp =>
        {
            await UsageRecordInsert.InsertAsync(sp.GetRequiredService<PlatformDbContext>(), rows, CancellationToken.None);
            return true;
        });

        var stored = await _host.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().UsageRecords.AsNoTracking()
            .Where(r => r.TenantId == tenant).OrderBy(r => r.At).ToListAsync());
        stored.Count.ShouldBe(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (expected, actual) = (rows[i], stored[i]);
            actual.Id.ShouldBeGreaterThan(0);
            actual.CredentialType.ShouldBe(expected.CredentialType);
            actual.CredentialId.ShouldBe(expected.CredentialId);
            actual.Product.ShouldBe(expected.Product);
            actual.Method.ShouldBe(expected.Method);
            actual.RouteTemplate.ShouldBe(expected.RouteTemplate);
            actual.StatusCode.ShouldBe(expected.StatusCode);
            actual.LatencyMs.ShouldBe(expected.LatencyMs);
            actual.At.Ticks.ShouldBe(expected.At.Ticks, $"row {i}");
        }
    }
}
