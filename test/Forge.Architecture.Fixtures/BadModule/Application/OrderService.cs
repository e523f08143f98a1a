using Forge.BadModule.HttpApi;

namespace Forge.BadModule.Application;

/// <summary>VIOLATION: the application layer reaching up into HttpApi.</summary>
public sealed class OrderService
{
    public OrderEndpoints.OrderDto Describe(Guid id) => new(id);
}
