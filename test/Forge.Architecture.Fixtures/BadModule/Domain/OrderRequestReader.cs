using Microsoft.AspNetCore.Http;

namespace Forge.BadModule.Domain;

/// <summary>VIOLATION: domain code reading the HTTP request.</summary>
public static class OrderRequestReader
{
    public static string? Reference(HttpContext context) => context.Request.Query["reference"];
}
