using Microsoft.AspNetCore.Http;

namespace Forge.BadModule.Application;

/// <summary>VIOLATION: Application choosing HTTP results (Microsoft.AspNetCore.Http).</summary>
public static class OrderResultFactory
{
    public static IResult NotFound(string id) => Results.NotFound(new { id });
}
