using Forge.Hosting.MultiTenancy;

namespace Forge.Hosting.Tests.MultiTenancy;

/// <summary>
/// The tenant follows the logical call (AsyncLocal), never a thread. Concurrency is ordered with
/// gates, not with delays, so these tests decide the same way on any machine.
/// </summary>
public sealed class CurrentTenantFlowTests
{
    private static readonly Guid Acme = Guid.Parse("0a0a0a0a-0000-0000-0000-00000000000a");
    private static readonly Guid Globex = Guid.Parse("0b0b0b0b-0000-0000-0000-00000000000b");

    private readonly CurrentTenant _tenant = new();

    [Fact]
    public async Task The_tenant_flows_across_awaits_and_into_tasks_started_inside_the_scope()
    {
        using (_tenant.Change(Acme))
        {
            await Task.Yield();
            _tenant.Id.ShouldBe(Acme);

            (await TenantAfterLeavingTheContext()).ShouldBe(Acme);

            (await Task.Run(() => _tenant.Id)).ShouldBe(Acme);
        }

        _tenant.Id.ShouldBeNull();
    }

    [Fact]
    public async Task A_change_inside_an_awaited_method_does_not_leak_to_the_caller()
    {
        using (_tenant.Change(Acme))
        {
            var seenInside = await ChangeWithoutDisposing(Globex);

            seenInside.ShouldBe(Globex);
            _tenant.Id.ShouldBe(Acme);
        }
    }

    [Fact]
    public async Task A_task_started_before_the_change_does_not_see_it()
    {
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var parallel = Task.Run(async () =>
        {
            await changed.Task;
            return _tenant.Id;
        });

        using (_tenant.Change(Acme))
        {
            changed.SetResult();
            (await parallel).ShouldBeNull();
            _tenant.Id.ShouldBe(Acme);
        }
    }

    [Fact]
    public async Task A_change_in_a_parallel_task_does_not_reach_this_flow()
    {
        var parallelChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var mainChecked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        using (_tenant.Change(Acme))
        {
            var parallel = Task.Run(async () =>
            {
                using (_tenant.Change(Globex))
                {
                    parallelChanged.SetResult();
                    await mainChecked.Task;
                    return _tenant.Id;
                }
            });

            await parallelChanged.Task;
            _tenant.Id.ShouldBe(Acme);
            mainChecked.SetResult();

            (await parallel).ShouldBe(Globex);
            _tenant.Id.ShouldBe(Acme);
        }
    }

    private async Task<Guid?> TenantAfterLeavingTheContext()
    {
        await Task.Delay(1).ConfigureAwait(false); // resumes on a pool thread, outside any synchronization context
        return _tenant.Id;
    }

    private async Task<Guid?> ChangeWithoutDisposing(Guid tenantId)
    {
        await Task.Yield();
        _tenant.Change(tenantId); // deliberately not disposed: the change must die with this method's flow
        await Task.Yield();
        return _tenant.Id;
    }
}
