using Forge.Fortune.Batches;
using Forge.Fortune.Calculations;
using Forge.Fortune.Events;
using Forge.Fortune.Fortunes;
using Forge.Fortune.Profiles;
using Forge.Fortune.Reports;
using Forge.Fortune.Simple;
using Forge.Fortune.Status;
using Forge.Fortune.Webhooks;
using Forge.Hosting.OpenApi;
using Microsoft.AspNetCore.Builder;

namespace Forge.Fortune.HttpApi.OpenApi;

/// <summary>
/// The Fortune routes as the OpenAPI document describes them, one row per route and method, applied as a
/// convention by <see cref="Describe{TBuilder}"/> (ADR 29).
/// </summary>
internal static class FortuneApiDescriptions
{
    private const string Id = "The object's id.";
    private static readonly string[] FortuneTypes = ["daily", "monthly", "yearly"];
    private static readonly string[] Elements = ["wood", "fire", "earth", "metal", "water"];
    private const string ProfileIdempotency = "Replays the first response (201, the same profile) for 24 h instead of creating a second profile.";
    private const string Idempotency = "Replays the first response for 24 h instead of acting twice (same as the body's idempotency_key; both sent must match).";

    public static readonly IReadOnlyList<ApiOperation> Operations =
    [
        Op("GET", "/v1/health", "getHealth", "Status").Returns<HealthDto>(),
        Op("GET", "/v1/status", "getStatus", "Status").Returns<ServiceStatusDto>(),

        Op("POST", "/v1/calculations/saju", "calculateSaju", "Calculations").Body<SajuCalculationInput>().Returns<SajuChartDto>()
            .Errors(400, 413, 415).Example(null, FortuneApiExamples.Birth, FortuneApiDocument.V1Examples),
        Op("POST", "/v1/calculations/yearly", "calculateYearly", "Calculations").Body<YearlyCalculationInput>().Returns<YearlyFortuneDto>()
            .Errors(400, 413, 415),

        Op("POST", "/v1/profiles", "createProfile", "Profiles").Body<ProfileCreateInput>().Returns<ProfileDto>(201).Errors(400, 409, 413, 415)
            .Header("Idempotency-Key", ProfileIdempotency)
            .Example(null, FortuneApiExamples.ProfileCreate, FortuneApiDocument.V1Examples).Example(201, FortuneApiExamples.Profile, FortuneApiDocument.V1Examples),
        Op("GET", "/v1/profiles", "listProfiles", "Profiles").Returns<ListEnvelope<ProfileDto>>().Errors(400).Paged()
            .Query<string>("day_master_element", "Only profiles whose day master has this element.", Elements)
            .Query<DateTimeOffset>("created_after", "ISO 8601 date or date-time (UTC when no offset); exclusive.")
            .Query<DateTimeOffset>("created_before", "ISO 8601 date or date-time (UTC when no offset); exclusive."),
        Op("GET", "/v1/profiles/{id}", "getProfile", "Profiles").Returns<ProfileDto>().Errors(404)
            .Example(200, FortuneApiExamples.Profile, FortuneApiDocument.V1Examples),
        Op("PUT", "/v1/profiles/{id}", "updateProfile", "Profiles").Body<ProfileUpdateInput>().Returns<ProfileDto>().Errors(400, 404, 413, 415),
        Op("DELETE", "/v1/profiles/{id}", "deleteProfile", "Profiles").Returns<ProfileDeletedDto>().Errors(404),
        Op("GET", "/v1/profiles/{id}/unmasked", "getProfileUnmasked", "Profiles").Returns<UnmaskedProfileDto>().Errors(404),

        Op("POST", "/v1/fortunes", "createFortune", "Fortunes").Body<FortuneCreateInput>().Returns<FortuneDto>(201).Returns<FortuneDto>()
            .Errors(400, 404, 409, 413, 415).Header("Idempotency-Key", Idempotency)
            .Example(null, FortuneApiExamples.FortuneCreate, FortuneApiDocument.V1Examples),
        Op("GET", "/v1/fortunes", "listFortunes", "Fortunes").Returns<ListEnvelope<FortuneListItemDto>>().Errors(400).Paged()
            .Query<string>("profile_id", "Only this profile's fortunes.")
            .Query<string>("fortune_type", "Only this type.", FortuneTypes)
            .Query<DateOnly>("fortune_date", "Only fortunes for this day.")
            .Query<DateOnly>("date_from", "Fortune dates from this day (inclusive).")
            .Query<DateOnly>("date_to", "Fortune dates up to this day (inclusive).")
            .Query<string>("model", "Only fortunes written by this model alias (e.g. haiku, sonnet, gpt4o, builtin)."),
        Op("GET", "/v1/fortunes/{id}", "getFortune", "Fortunes").Returns<FortuneDto>().Errors(404),
        Op("DELETE", "/v1/fortunes/{id}", "deleteFortune", "Fortunes").Returns<FortuneDeletedDto>().Errors(404),
        Op("GET", "/v1/fortunes/{id}/unmasked", "getFortuneUnmasked", "Fortunes").Returns<FortuneDto>().Errors(404),
        Op("POST", "/v1/fortunes/stream", "streamFortune", "Fortunes").Body<FortuneStreamInput>().Streams().Errors(400, 404, 413, 415),

        Op("POST", "/v1/fortunes/batch", "createBatch", "Batches").Body<FortuneBatchCreateInput>().Returns<FortuneBatchDto>(202)
            .Errors(400, 409, 413, 415).Header("Idempotency-Key", Idempotency)
            .Example(null, FortuneApiExamples.BatchCreate, FortuneApiDocument.V1Examples),
        Op("GET", "/v1/fortunes/batch/{id}", "getBatch", "Batches").Returns<FortuneBatchDto>().Errors(404),

        Op("GET", "/v1/reports/usage", "getUsageReport", "Reports").Returns<UsageReportDto>().Errors(400).DateRange(),
        Op("GET", "/v1/reports/profiles", "getProfileReport", "Reports").Returns<ProfileReportDto>().Errors(400).DateRange(),
        Op("GET", "/v1/reports/fortunes", "getFortuneReport", "Reports").Returns<FortuneReportDto>().Errors(400).DateRange()
            .Query<string>("fortune_type", "Only this type.", FortuneTypes),
        Op("GET", "/v1/reports/audit", "listAuditLog", "Reports").Returns<ListEnvelope<AuditLogDto>>().Errors(400).Paged(1000)
            .Query<string>("action", "Only this action (resource.verb, e.g. profile.deleted).")
            .Query<string>("resource_type", "Only this resource type.", ["profile", "fortune", "webhook"])
            .Query<string>("resource_id", "Only this resource.")
            .Query<string>("actor_ip", "Only calls from this IP address.")
            .Query<DateTimeOffset>("start_date", "ISO 8601 date or date-time; inclusive.")
            .Query<DateTimeOffset>("end_date", "ISO 8601 date (the whole day) or date-time; inclusive."),

        Op("POST", "/v1/webhooks", "createWebhook", "Webhooks").Body<WebhookCreateInput>().Returns<WebhookCreatedDto>(201).Errors(400, 413, 415),
        Op("GET", "/v1/webhooks", "listWebhooks", "Webhooks").Returns<ListEnvelope<WebhookDto>>().Errors(400).Paged()
            .Query<bool>("active", "Only active (true) or deactivated (false) hooks.")
            .Query<string>("event", "Only hooks subscribed to this event.", FortuneEventTypes.All),
        Op("GET", "/v1/webhooks/{id}", "getWebhook", "Webhooks").Returns<WebhookDto>().Errors(404),
        Op("DELETE", "/v1/webhooks/{id}", "deleteWebhook", "Webhooks").Returns<WebhookDeletedDto>().Errors(404),
        Op("POST", "/v1/webhooks/{id}/test", "testWebhook", "Webhooks").Body<WebhookTestInput>(optional: true).Returns<WebhookTestResultDto>()
            .Errors(400, 404, 413, 415),

        Op("GET", "/v1/events", "streamEvents", "Events").Streams().Errors(400)
            .Query<string>("events", "Comma-separated event types to receive (default: all).")
            .Query<string>("profile_id", "Only this profile's events.")
            .Query<string>("last_event_id", "Resume after this event id (as the Last-Event-ID header).")
            .Header("Last-Event-ID", "Resume after this event id (sent by EventSource on reconnect)."),

        Op("POST", "/api/saju", "simpleSaju", "Simple API (v0)").Body<SimpleSajuInput>().Returns<SimpleEnvelope<SimpleSajuResult>>()
            .Errors(400, 413, 415).Example(null, FortuneApiExamples.SimpleSaju, FortuneApiDocument.V0Examples),
        Op("POST", "/api/daily-fortune", "simpleDailyFortune", "Simple API (v0)").Body<SimpleDailyFortuneInput>()
            .Returns<SimpleFortuneEnvelope<SimpleDailyFortune>>().Errors(400, 413, 415),
        Op("POST", "/api/daily-fortune-stream", "simpleDailyFortuneStream", "Simple API (v0)").Body<SimpleDailyFortuneInput>().Streams()
            .Errors(400, 413, 415),
    ];

    /// <summary>Describes the endpoints built from <paramref name="builder"/> with the rows above.</summary>
    public static TBuilder Describe<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Describe(Operations);

    private static ApiOperation Op(string method, string route, string operationId, string tag) =>
        new(method, route, operationId, tag, FortuneApiDocument.ErrorEnvelope);

    private static ApiOperation DateRange(this ApiOperation operation) =>
        operation.Query<DateOnly>("start_date", "First day (UTC), inclusive.").Query<DateOnly>("end_date", "Last day (UTC), inclusive.");

    /// <summary>The body of <c>GET /v1/health</c>.</summary>
    internal sealed record HealthDto(string Status, DateTimeOffset Timestamp);
}
