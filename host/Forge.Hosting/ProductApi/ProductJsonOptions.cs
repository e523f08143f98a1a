using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Forge.Hosting.ProductApi;

/// <summary>
/// A definition's serializer options, built once per definition instance (kept outside the record so that
/// <c>with</c> copies and equality never carry another definition's options).
/// </summary>
internal static class ProductJsonOptions
{
    private static readonly ConditionalWeakTable<ProductDefinition, Pair> Cache = new();

    public sealed record Pair(JsonSerializerOptions Write, JsonSerializerOptions Read);

    public static Pair For(ProductDefinition product) => Cache.GetValue(product, Create);

    private static Pair Create(ProductDefinition product)
    {
        var write = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = product.JsonNaming == JsonNaming.SnakeCase ? JsonNamingPolicy.SnakeCaseLower : JsonNamingPolicy.CamelCase,
        };
        var read = new JsonSerializerOptions(write)
        {
            UnmappedMemberHandling = product.UnknownFields == UnknownFieldPolicy.Refuse ? JsonUnmappedMemberHandling.Disallow : JsonUnmappedMemberHandling.Skip,
        };
        write.MakeReadOnly(populateMissingResolver: true);
        read.MakeReadOnly(populateMissingResolver: true);
        return new Pair(write, read);
    }
}
