using Forge.BadModule.Application;

namespace Forge.BadModule.EntityFrameworkCore;

/// <summary>VIOLATION: the EF Core layer calling an application service.</summary>
public sealed class OrderReadModel(OrderService orders)
{
    public object Service => orders;
}
