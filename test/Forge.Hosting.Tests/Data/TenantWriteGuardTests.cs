using Forge.Hosting.Data;
using Microsoft.EntityFrameworkCore;

namespace Forge.Hosting.Tests.Data;

public sealed class TenantWriteGuardTests : IDisposable
{
    private static readonly Guid Acme = Guid.Parse("0a0a0a0a-0000-0000-0000-00000000000a");
    private static readonly Guid Globex = Guid.Parse("0b0b0b0b-0000-0000-0000-00000000000b");

    private readonly MemoDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Insert_is_stamped_with_the_current_tenant()
    {
        var memo = new Memo { Text = "new" };
        using (_db.Tenant.Change(Acme))
        {
            await using var context = _db.NewContext();
            context.Memos.Add(memo);
            await context.SaveChangesAsync();
        }

        memo.TenantId.ShouldBe(Acme);
        (await _db.AllRowsAsync()).Single().TenantId.ShouldBe(Acme);
    }

    [Fact]
    public async Task Insert_by_the_host_is_stamped_as_a_host_row()
    {
        await using var context = _db.NewContext();
        context.Memos.Add(new Memo { Text = "host" });
        await context.SaveChangesAsync();

        (await _db.AllRowsAsync()).Single().TenantId.ShouldBeNull();
    }

    [Fact]
    public async Task Insert_with_the_current_tenant_set_explicitly_is_allowed()
    {
        using var _ = _db.Tenant.Change(Acme);
        await using var context = _db.NewContext();
        context.Memos.Add(new Memo { Text = "explicit", TenantId = Acme });

        await context.SaveChangesAsync();

        (await context.Memos.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Insert_with_another_tenants_id_is_refused_and_nothing_is_written()
    {
        using (_db.Tenant.Change(Acme))
        {
            await using var context = _db.NewContext();
            context.Memos.Add(new Memo { Text = "smuggled", TenantId = Globex });

            var error = await Should.ThrowAsync<CrossTenantWriteException>(() => context.SaveChangesAsync());

            error.Message.ShouldContain(Globex.ToString());
            error.Message.ShouldContain(Acme.ToString());
        }

        (await _db.AllRowsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_host_cannot_insert_a_tenants_row_without_changing_to_that_tenant()
    {
        await using var context = _db.NewContext();
        context.Memos.Add(new Memo { Text = "from host", TenantId = Acme });

        await Should.ThrowAsync<CrossTenantWriteException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task Modifying_another_tenants_row_is_refused()
    {
        var globexMemo = (await _db.SeedAsync(Globex, "globex"))[0];
        using (_db.Tenant.Change(Acme))
        {
            await using var context = _db.NewContext();
            var row = await context.Memos.IgnoreQueryFilters().SingleAsync(m => m.Id == globexMemo.Id);
            row.Text = "defaced";

            await Should.ThrowAsync<CrossTenantWriteException>(() => context.SaveChangesAsync());
        }

        (await _db.AllRowsAsync()).Single().Text.ShouldBe("globex");
    }

    [Fact]
    public async Task Modifying_an_attached_row_of_another_tenant_is_refused_on_the_synchronous_path_too()
    {
        var globexMemo = (await _db.SeedAsync(Globex, "globex"))[0];
        using (_db.Tenant.Change(Acme))
        {
            using var context = _db.NewContext();
            context.Memos.Update(new Memo { Id = globexMemo.Id, TenantId = Globex, Text = "defaced" });

            Should.Throw<CrossTenantWriteException>(() => context.SaveChanges());
        }

        (await _db.AllRowsAsync()).Single().Text.ShouldBe("globex");
    }

    [Fact]
    public async Task Deleting_another_tenants_row_is_refused()
    {
        var globexMemo = (await _db.SeedAsync(Globex, "globex"))[0];
        using (_db.Tenant.Change(Acme))
        {
            await using var context = _db.NewContext();
            var row = await context.Memos.IgnoreQueryFilters().SingleAsync(m => m.Id == globexMemo.Id);
            context.Memos.Remove(row);

            await Should.ThrowAsync<CrossTenantWriteException>(() => context.SaveChangesAsync());
        }

        (await _db.AllRowsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Moving_an_own_row_to_another_tenant_is_refused()
    {
        var acmeMemo = (await _db.SeedAsync(Acme, "acme"))[0];
        using (_db.Tenant.Change(Acme))
        {
            await using var context = _db.NewContext();
            var row = await context.Memos.SingleAsync(m => m.Id == acmeMemo.Id);
            row.TenantId = Globex;

            await Should.ThrowAsync<CrossTenantWriteException>(() => context.SaveChangesAsync());
        }

        (await _db.AllRowsAsync()).Single().TenantId.ShouldBe(Acme);
    }

    [Fact]
    public async Task A_tenant_can_modify_and_delete_its_own_rows()
    {
        var memos = await _db.SeedAsync(Acme, "keep", "drop");
        using (_db.Tenant.Change(Acme))
        {
            await using var context = _db.NewContext();
            (await context.Memos.SingleAsync(m => m.Id == memos[0].Id)).Text = "kept";
            context.Memos.Remove(await context.Memos.SingleAsync(m => m.Id == memos[1].Id));
            await context.SaveChangesAsync();
        }

        (await _db.AllRowsAsync()).Select(m => m.Text).ShouldBe(["kept"]);
    }
}
