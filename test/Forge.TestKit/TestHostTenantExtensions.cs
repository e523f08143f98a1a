using Forge.Hosting.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.TestKit;

public static class TestHostTenantExtensions
{
    /// <summary>Runs <paramref name="action"/> in a fresh scope as <paramref name="tenantId"/> (null: the host).</summary>
    public static Task<T> InTenantAsync<T>(this TestHost host, Guid? tenantId, Func<IServiceProvider, Task<T>> action) =>
        host.InScopeAsync(async sp =>
        {
            using (sp.GetRequiredService<ICurrentTenant>().Change(tenantId))
                return await action(sp);
        });
}
