using Microsoft.EntityFrameworkCore;

namespace Forge.BadModule.Domain;

/// <summary>VIOLATION: a domain entity that knows its DbContext.</summary>
public sealed class LeakyOrder
{
    public Guid Id { get; set; }
    public DbContext? Context { get; set; }
}
