namespace Forge.BadModule.HttpApi;

/// <summary>
/// VIOLATION hidden in compiler-generated code: the DbContext is used only inside an async method,
/// so the dependency lives in a nested state-machine type, not in this class's signature.
/// </summary>
public static class AsyncOrderEndpoints
{
    public static async Task<int> CountAsync(IServiceProvider services)
    {
        await Task.Yield();
        var db = (EntityFrameworkCore.BadModuleDbContext)services.GetService(typeof(EntityFrameworkCore.BadModuleDbContext))!;
        return db.Orders.Local.Count;
    }
}
