using System.Text.Json;
using System.Text.Json.Serialization;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.HttpApi;

/// <summary>
/// Fortune's two JSON dialects: v1 snake_case (the product's declared naming) and v0's camelCase. Both refuse
/// unknown members (ADR 7 #12: <c>birth_hours</c> for <c>birth_hour</c> must not silently give a three-pillar
/// chart); bodies are read by the kernel's <see cref="ProductJson"/> (ADR 18).
/// </summary>
internal static class FortuneJson
{
    public static readonly JsonSerializerOptions V1 = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static readonly JsonSerializerOptions V0 = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>No Fortune request needs more (a 100-id batch is about 2 KB); bigger bodies are 413 before they are read.</summary>
    public const long MaxBodyBytes = 256 * 1024;
}
