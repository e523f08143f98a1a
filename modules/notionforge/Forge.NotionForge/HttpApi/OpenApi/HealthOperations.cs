using Forge.Hosting.OpenApi;
using Forge.NotionForge.Application.Health;

namespace Forge.NotionForge.HttpApi.OpenApi;

/// <summary>The health and metrics rows (ADR 42 §Health, ADR 51).</summary>
internal static class HealthOperations
{
    public static readonly IReadOnlyList<ApiOperation> All =
    [
        NotionForgeApiDocument.Op("GET", "/health", "getNotionForgeHealth", "Health").Returns<HealthView>(),
        NotionForgeApiDocument.Op("GET", "/health/ready", "getNotionForgeReadiness", "Health").Returns<ReadyView>(),
        NotionForgeApiDocument.Op("GET", "/api/metrics/summary", "getGenerationMetrics", "Metrics").Returns<MetricsSummaryView>(),
    ];
}
