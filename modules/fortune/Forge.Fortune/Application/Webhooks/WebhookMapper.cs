using System.Text.Json;
using Forge.Fortune.Application.Profiles;
using Forge.Fortune.Domain.Webhooks;
using Forge.Fortune.Webhooks;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Webhooks;

internal static class WebhookMapper
{
    public static WebhookDto ToDto(Webhook hook) => new(
        hook.Id, hook.Url, hook.Events, hook.Description, Metadata(hook), hook.Active, hook.FailureCount,
        hook.LastTriggeredAt is { } t ? WireTime.ToWire(t) : null, WireTime.ToWire(hook.CreatedAt), WireTime.ToWire(hook.UpdatedAt));

    public static WebhookCreatedDto Created(Webhook hook, string secret)
    {
        var dto = ToDto(hook);
        return new WebhookCreatedDto(dto.Id, dto.Url, dto.Events, dto.Description, dto.Metadata, dto.Active, dto.FailureCount,
            dto.LastTriggeredAt, dto.CreatedAt, dto.UpdatedAt, secret);
    }

    public static string MetadataJson(IReadOnlyDictionary<string, string> metadata) => JsonSerializer.Serialize(metadata);

    private static IReadOnlyDictionary<string, string> Metadata(Webhook hook) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(hook.MetadataJson) ?? [];
}
