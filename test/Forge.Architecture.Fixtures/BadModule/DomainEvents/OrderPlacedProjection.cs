using Microsoft.EntityFrameworkCore;

namespace Forge.BadModule.DomainEvents;

/// <summary>
/// NOT a violation: "DomainEvents" is not the Domain layer, although its name starts with "Domain".
/// A rule selecting the layer by string prefix would wrongly report it.
/// </summary>
public sealed class OrderPlacedProjection(DbContext readModel)
{
    public DbContext ReadModel { get; } = readModel;
}
