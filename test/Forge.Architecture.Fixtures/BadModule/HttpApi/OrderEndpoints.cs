using Forge.BadModule.EntityFrameworkCore;

namespace Forge.BadModule.HttpApi;

/// <summary>VIOLATION: an endpoint taking the module's DbContext.</summary>
public static class OrderEndpoints
{
    public static int Count(BadModuleDbContext db) => db.Orders.Count();

    public sealed record OrderDto(Guid Id);
}
