using Forge.Hosting.MultiTenancy;

namespace Forge.Hosting.Tests.MultiTenancy;

public sealed class CurrentTenantScopeTests
{
    private static readonly Guid Acme = Guid.Parse("0a0a0a0a-0000-0000-0000-00000000000a");
    private static readonly Guid Globex = Guid.Parse("0b0b0b0b-0000-0000-0000-00000000000b");

    private readonly CurrentTenant _tenant = new();

    [Fact]
    public void Without_a_change_the_current_tenant_is_the_host()
    {
        _tenant.Id.ShouldBeNull();
        _tenant.Name.ShouldBeNull();
        ((ICurrentTenant)_tenant).IsAvailable.ShouldBeFalse();
    }

    [Fact]
    public void Nested_changes_are_restored_in_reverse_order()
    {
        using (_tenant.Change(Acme, "acme"))
        {
            _tenant.Id.ShouldBe(Acme);
            _tenant.Name.ShouldBe("acme");
            ((ICurrentTenant)_tenant).IsAvailable.ShouldBeTrue();

            using (_tenant.Change(Globex, "globex"))
            {
                _tenant.Id.ShouldBe(Globex);
                _tenant.Name.ShouldBe("globex");

                using (_tenant.Change(null))
                {
                    _tenant.Id.ShouldBeNull();
                    ((ICurrentTenant)_tenant).IsAvailable.ShouldBeFalse();
                }

                _tenant.Id.ShouldBe(Globex);
            }

            _tenant.Id.ShouldBe(Acme);
            _tenant.Name.ShouldBe("acme");
        }

        _tenant.Id.ShouldBeNull();
    }

    [Fact]
    public void Disposing_a_scope_twice_does_not_undo_a_later_change()
    {
        using var outer = _tenant.Change(Acme);
        var inner = _tenant.Change(Globex);
        inner.Dispose();

        using var later = _tenant.Change(Globex);
        inner.Dispose();

        _tenant.Id.ShouldBe(Globex);
    }

    [Fact]
    public void Every_instance_sees_the_same_ambient_tenant()
    {
        // DbContexts and services each get an ICurrentTenant; they must agree on the tenant of the call.
        using (_tenant.Change(Acme))
            new CurrentTenant().Id.ShouldBe(Acme);
    }
}
