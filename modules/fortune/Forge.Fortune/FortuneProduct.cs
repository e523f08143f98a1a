using Forge.Fortune.HttpApi;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune;

/// <summary>The Fortune API as the platform knows it (ADR 17): keys, scope, envelope and wire conventions (ADR 5, 7).</summary>
public static class FortuneProduct
{
    public const string Name = "fortune";

    public static readonly ProductDefinition Definition = new(Name, new ApiKeyShape("bs_live_", ["X-API-Key"], 12, '_', 32))
    {
        ErrorWriter = typeof(FortuneErrorWriter),
        JsonNaming = JsonNaming.SnakeCase,
        UnknownFields = UnknownFieldPolicy.Refuse, // ADR 7 #12
        RequestIdHeader = "X-Request-Id",
        MaxBodyBytes = FortuneJson.MaxBodyBytes,
    };
}
