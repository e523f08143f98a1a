using Forge.Hosting.Identity;
using System.Text.Json.Nodes;
using Forge.Fortune.Application.Audit;
using Forge.Fortune.Application.Events;
using Forge.Fortune.Application.Profiles;
using Forge.Fortune.Domain;
using Forge.Fortune.Domain.Audit;
using Forge.Fortune.Domain.Webhooks;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Events;
using Forge.Fortune.Webhooks;
using Forge.Hosting.Security;
using Forge.Hosting.Webhooks;
using Microsoft.EntityFrameworkCore;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Webhooks;

/// <summary>
/// <c>/v1/webhooks</c>: register (secret generated, shown once, stored encrypted), read, delete (audited),
/// and the test delivery. Every row is the current tenant's (the kernel's filter), so another tenant's
/// id is simply not found.
/// </summary>
public sealed class WebhookAppService(
    FortuneDbContext db,
    IPiiProtector protector,
    IWebhookTargetPolicy targets,
    IWebhookSender sender,
    WebhookMessages messages,
    TimeProvider clock)
{
    public async Task<WebhookCreatedDto> CreateAsync(WebhookCreateInput input, CallerInfo caller, CancellationToken ct)
    {
        var valid = await WebhookInput.ValidateAsync(input, targets, ct);
        var secret = WebhookSecrets.New();
        var now = WireTime.Now(clock);
        var hook = new Webhook
        {
            Id = PrefixedId.Webhook(),
            Url = valid.Url,
            EventList = Webhook.ToEventList(valid.Events),
            Description = valid.Description,
            MetadataJson = WebhookMapper.MetadataJson(valid.Metadata),
            SecretEncrypted = protector.Protect(secret),
            Active = true,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Webhooks.Add(hook);
        AuditLog.Add(db, caller, AuditActions.WebhookCreated, AuditResourceTypes.Webhook, hook.Id, now);
        await db.SaveChangesAsync(ct);
        return WebhookMapper.Created(hook, secret);
    }

    public async Task<WebhookDto> GetAsync(string id, CancellationToken ct) =>
        WebhookMapper.ToDto(await FindAsync(id, tracking: false, ct));

    public async Task<WebhookDeletedDto> DeleteAsync(string id, CallerInfo caller, CancellationToken ct)
    {
        var hook = await FindAsync(id, tracking: true, ct);
        var now = WireTime.Now(clock);
        db.Webhooks.Remove(hook);
        AuditLog.Add(db, caller, AuditActions.WebhookDeleted, AuditResourceTypes.Webhook, hook.Id, now);
        await db.SaveChangesAsync(ct);
        return new WebhookDeletedDto(hook.Id, true, WireTime.ToWire(now));
    }

    /// <summary>
    /// One signed delivery attempt of a test event while the caller waits (not queued, not retried, not
    /// in the outbox or the feed, not counted in <c>failure_count</c>). <c>test.ping</c> is always allowed;
    /// another type must be one the hook subscribes to. A successful test with <c>reactivate</c> re-enables
    /// the hook and clears its failures.
    /// </summary>
    public async Task<WebhookTestResultDto> TestAsync(string id, WebhookTestInput input, CancellationToken ct)
    {
        var hook = await FindAsync(id, tracking: true, ct);
        var type = input.EventType?.Trim() is { Length: > 0 } given ? given : FortuneEventTypes.TestPing;
        if (!FortuneEventTypes.IsKnown(type))
            throw FortuneRefusal.Invalid("event_type", $"event_type must be one of: {string.Join(", ", FortuneEventTypes.All)}.");
        if (type != FortuneEventTypes.TestPing && !hook.Subscribes(type))
            throw FortuneRefusal.Invalid("event_type", $"This webhook is not subscribed to '{type}'; subscribed: {string.Join(", ", hook.Events)}.");

        var now = WireTime.Now(clock);
        var eventId = PrefixedId.Event();
        var body = FortuneEventEnvelope.Json(eventId, type, now, new JsonObject { ["test"] = true, ["webhook_id"] = hook.Id });
        var result = await sender.SendNowAsync(messages.For(hook, eventId, type, now, body, reference: null), ct);

        hook.LastTriggeredAt = now;
        var reactivated = false;
        if (result.Succeeded && input.Reactivate == true)
        {
            reactivated = !hook.Active;
            hook.Active = true;
            hook.FailureCount = 0;
            hook.UpdatedAt = WireTime.After(clock, hook.UpdatedAt);
        }
        await db.SaveChangesAsync(ct);
        return new WebhookTestResultDto(eventId, type, result.Succeeded, result.StatusCode, result.Error,
            (long)result.Duration.TotalMilliseconds, reactivated, WebhookMapper.ToDto(hook));
    }

    private async Task<Webhook> FindAsync(string id, bool tracking, CancellationToken ct)
    {
        var query = tracking ? db.Webhooks : db.Webhooks.AsNoTracking();
        return await query.FirstOrDefaultAsync(w => w.Id == id, ct)
               ?? throw new ProductApiException(ProductErrorKind.NotFound, FortuneErrorCodes.NotFound, $"No webhook '{id}'.");
    }
}
