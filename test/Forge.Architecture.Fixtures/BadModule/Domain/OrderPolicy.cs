using Forge.BadModule.Application;

namespace Forge.BadModule.Domain;

/// <summary>VIOLATION: the domain reaching out to the application layer.</summary>
public sealed class OrderPolicy(OrderService orders)
{
    public Guid Check(Guid id) => orders.Describe(id).Id;
}
