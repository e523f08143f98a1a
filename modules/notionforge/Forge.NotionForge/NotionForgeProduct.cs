using Forge.NotionForge.HttpApi;
using Forge.Hosting.ProductApi;

namespace Forge.NotionForge;

/// <summary>NotionForge as the platform knows it (ADR 17, 42, 50): <c>X-API-Key: nf_live_…</c>, snake_case, its own envelope.</summary>
public static class NotionForgeProduct
{
    public const string Name = "notionforge";
    public const string KeyHeader = "X-API-Key";

    /// <summary>An upload's limit (seed: 10 MB, answered <c>FILE_TOO_LARGE</c>).</summary>
    public const long MaxUploadBytes = 10L * 1024 * 1024;

    /// <summary>The whole request: an upload of <see cref="MaxUploadBytes"/> plus its multipart framing and form fields.</summary>
    public const long MaxBodyBytes = MaxUploadBytes + 64 * 1024;

    public static readonly ProductDefinition Definition = new(Name, new ApiKeyShape("nf_live_", [KeyHeader], 12, '_', 32))
    {
        DisplayName = "NotionForge",
        ErrorWriter = typeof(NotionForgeErrorWriter),
        JsonNaming = JsonNaming.SnakeCase,
        UnknownFields = UnknownFieldPolicy.Ignore,
        RequestIdHeader = "X-Request-Id",
        MaxBodyBytes = MaxBodyBytes,
    };
}
