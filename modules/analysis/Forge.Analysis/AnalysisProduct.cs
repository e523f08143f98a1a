using Forge.Analysis.HttpApi;
using Forge.Hosting.Idempotency;
using Forge.Hosting.ProductApi;

namespace Forge.Analysis;

/// <summary>The Analysis API as the platform knows it (ADR 17, 40): MIRI keys, camelCase, the MIRI envelope, X-Request-ID.</summary>
public static class AnalysisProduct
{
    public const string Name = "analysis";
    public const string KeyHeader = "Miri-Api-Key";
    public const string BasePath = "/public/v1";
    /// <summary>The whole request, batch included (seed: 10 MB; answered VAL004 with 400).</summary>
    public const long MaxBodyBytes = 10L * 1024 * 1024;

    public static readonly ProductDefinition Definition = new(Name, new ApiKeyShape("miri_live_sk_", [KeyHeader], 24, '.', 48))
    {
        ErrorWriter = typeof(AnalysisErrorWriter),
        JsonNaming = JsonNaming.CamelCase,
        UnknownFields = UnknownFieldPolicy.Ignore,
        // X-Request-ID is the client's idempotency key here, so the response's own request id uses another header.
        RequestIdHeader = "X-Forge-Request-Id",
        MaxBodyBytes = MaxBodyBytes,
        Idempotency = new IdempotencyPolicy("X-Request-ID", IdempotencyReplayMode.ResourcePointer)
        {
            MaxKeyLength = 255,
            Charset = IdempotencyKeyCharset.PrintableAscii,
            InvalidCode = AnalysisErrorCodes.InvalidField,
            ConflictCode = AnalysisErrorCodes.InvalidField,
            InProgressCode = AnalysisErrorCodes.RequestInProgress,
        },
    };
}
