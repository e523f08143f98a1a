using Forge.Fortune.HttpApi;
using Forge.Hosting.Idempotency;
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
        // ADR 7 #6, ADR 11: header or body, 64 printable characters, the first response replayed for 24 h (ADR 32).
        Idempotency = new IdempotencyPolicy("Idempotency-Key", IdempotencyReplayMode.StoredResponse)
        {
            MaxKeyLength = 64,
            BodyField = "idempotency_key",
            ErrorField = "idempotency_key",
            InvalidCode = FortuneErrorCodes.InvalidField,
            ConflictCode = FortuneErrorCodes.IdempotencyConflict,
            InProgressCode = FortuneErrorCodes.IdempotencyConflict,
            ReplayedHeader = "Idempotent-Replayed",
        },
    };
}
