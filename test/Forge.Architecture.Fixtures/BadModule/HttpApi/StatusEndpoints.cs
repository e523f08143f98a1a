using Forge.BadModule.Persistence;

namespace Forge.BadModule.HttpApi;

/// <summary>
/// VIOLATION visible only as the DbContext type: the endpoint takes a context declared outside the
/// EntityFrameworkCore layer and touches no EF Core API.
/// </summary>
public static class StatusEndpoints
{
    public static string Status(StrayDbContext db) => db.ToString() ?? "";
}
