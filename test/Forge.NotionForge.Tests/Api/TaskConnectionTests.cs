using Forge.Hosting.MultiTenancy;
using Forge.Hosting.Security;
using Forge.NotionForge.Domain.Connections;
using Forge.NotionForge.Domain.Tasks;
using Forge.NotionForge.EntityFrameworkCore;
using Forge.NotionForge.Tests.Blueprints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// A submit without <c>notion_token</c> acts with the tenant's connected workspace, and the task stores no copy of
/// that token: it re-reads the connection when it runs (ADR 50, 51). A request's own token is stored encrypted.
/// </summary>
[ProviderSensitive]
public sealed class TaskConnectionTests(NotionForgeHostFixture fixture) : IClassFixture<NotionForgeHostFixture>
{
    [Fact]
    public async Task Without_a_token_the_task_uses_the_tenants_connection_and_stores_no_copy()
    {
        var (tenant, client, _) = await fixture.TenantAsync();
        var connectionToken = fixture.Notion.AddToken();
        await InTenantAsync(tenant, async (db, sp) =>
        {
            db.Add(new NotionConnection
            {
                Id = Guid.NewGuid(), ProtectedAccessToken = sp.GetRequiredService<IPiiProtector>().Protect(connectionToken),
                WorkspaceId = "ws", ConnectedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            return true;
        });

        var parent = fixture.Notion.AddPage("P");
        var taskId = await client.SubmitAsync(TaskApi.SubmitBody("", parent, SampleBlueprints.Valid()));
        (await client.FinishedAsync(taskId)).Status().ShouldBe("completed");
        fixture.Notion.Log.For(connectionToken).Count(e => e.Status == 200).ShouldBe(11); // the plan's steps, views included (ADR 58)
        var stored = await InTenantAsync(tenant, (db, _) => db.Set<GenerationTask>().SingleAsync(t => t.TaskId == taskId));
        stored.UsesConnection.ShouldBeTrue();
        stored.ProtectedNotionToken.ShouldBeNull();

        var (other, otherClient, requestToken) = await fixture.TenantAsync();
        var own = await otherClient.SubmitAsync(TaskApi.SubmitBody(requestToken, parent, SampleBlueprints.Valid()));
        (await otherClient.FinishedAsync(own)).Status().ShouldBe("completed");
        var ownRow = await InTenantAsync(other, (db, _) => db.Set<GenerationTask>().SingleAsync(t => t.TaskId == own));
        ownRow.UsesConnection.ShouldBeFalse();
        ownRow.ProtectedNotionToken.ShouldNotBeNull().ShouldNotContain(requestToken);
    }

    private Task<T> InTenantAsync<T>(Guid tenant, Func<NotionForgeDbContext, IServiceProvider, Task<T>> action) => fixture.Host.InScopeAsync(async sp =>
    {
        using var _ = sp.GetRequiredService<ICurrentTenant>().Change(tenant);
        return await action(sp.GetRequiredService<NotionForgeDbContext>(), sp);
    });
}
