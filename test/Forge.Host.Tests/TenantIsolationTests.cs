using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Host.Tenants;
using Forge.Hosting.Data;
using Forge.Hosting.Identity;
using Forge.Hosting.MultiTenancy;
using Forge.TestModules.Data;
using Forge.TestModules.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

/// <summary>Two tenants' rows in the same tables, through the real host and a module's DbContext.</summary>
[ProviderSensitive]
public sealed class TenantIsolationTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private Tenant _a = null!, _b = null!;
    private HttpClient _clientA = null!, _clientB = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(["Notes"]);
        _a = await _host.CreateTenantAsync("tenant-a");
        _b = await _host.CreateTenantAsync("tenant-b");
        _clientA = _host.ClientWithKey(await _host.CreateKeyAsync(_a, Products.Fortune));
        _clientB = _host.ClientWithKey(await _host.CreateKeyAsync(_b, Products.Fortune));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task No_query_of_one_tenant_returns_the_others_rows()
    {
        var noteA = await CreateNoteAsync(_clientA, "a's secret");
        await CreateNoteAsync(_clientB, "b's secret");

        var listA = await _clientA.GetFromJsonAsync<JsonElement>("/test/notes");
        listA.EnumerateArray().Select(n => n.GetProperty("text").GetString()).ShouldBe(["a's secret"]);
        var listB = await _clientB.GetFromJsonAsync<JsonElement>("/test/notes");
        listB.EnumerateArray().Select(n => n.GetProperty("text").GetString()).ShouldBe(["b's secret"]);

        (await _clientB.GetAsync($"/test/notes/{noteA}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _clientA.GetAsync($"/test/notes/{noteA}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Saving_a_row_of_another_tenant_fails()
    {
        var noteA = await CreateNoteAsync(_clientA, "original");
        var current = _host.Services.GetRequiredService<ICurrentTenant>();

        await _host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NotesDbContext>();
            Note note;
            using (current.Change(_a.Id)) note = await db.Notes.SingleAsync(n => n.Id == noteA);
            using (current.Change(_b.Id))
            {
                note.Text = "overwritten by b";
                await Should.ThrowAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
                db.ChangeTracker.Clear();
                db.Notes.Add(new Note { Id = Guid.NewGuid(), TenantId = _a.Id, Text = "planted" });
                await Should.ThrowAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
            }
            return 0;
        });

        var list = await _clientA.GetFromJsonAsync<JsonElement>("/test/notes");
        list.EnumerateArray().Select(n => n.GetProperty("text").GetString()).ShouldBe(["original"]);
    }

    [Fact]
    public async Task A_job_enqueued_for_a_tenant_runs_as_that_tenant()
    {
        var key = $"iso-{Guid.NewGuid():N}";
        (await _clientA.PostAsJsonAsync("/test/notes/jobs", new { key, delay_ms = 0 })).EnsureSuccessStatusCode();

        var effect = await Eventually.GetAsync(
            () => _host.InScopeAsync(sp => sp.GetRequiredService<NotesDbContext>().JobEffects.AsNoTracking().FirstOrDefaultAsync(e => e.Key == key)),
            e => e is not null, what: "the job's effect");
        effect!.RanAsTenant.ShouldBe(_a.Id);
    }

    [Fact]
    public async Task The_tenant_comes_only_from_the_credential()
    {
        var noteB = await CreateNoteAsync(_clientB, "b only");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/test/notes/{noteB}");
        request.Headers.Add("X-Tenant-Id", _b.Id.ToString());
        request.Headers.Add("__tenant", _b.Id.ToString());
        (await _clientA.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<Guid> CreateNoteAsync(HttpClient client, string text)
    {
        var response = await client.PostAsJsonAsync("/test/notes", new { text });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
