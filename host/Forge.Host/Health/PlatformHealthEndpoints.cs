namespace Forge.Host.Health;

/// <summary>
/// The platform's liveness and readiness probes, under the platform's reserved <c>/_forge/</c> prefix so that
/// modules own <c>/health</c>, <c>/health/live</c> and <c>/health/ready</c> (NotionForge documents its own; ADR 25).
/// </summary>
public static class PlatformHealthEndpoints
{
    public const string LivePath = "/_forge/health/live";
    public const string ReadyPath = "/_forge/health/ready";

    public static void MapPlatformHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new() { Predicate = _ => false }).WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]));
        endpoints.MapHealthChecks(ReadyPath, new() { Predicate = c => c.Tags.Contains("ready") }).WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]));
    }
}
