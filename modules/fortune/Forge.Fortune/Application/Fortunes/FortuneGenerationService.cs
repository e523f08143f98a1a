using Forge.Hosting.Identity;
using Forge.Fortune.Application.Audit;
using Forge.Fortune.Application.Events;
using Forge.Fortune.Application.Profiles;
using Forge.Fortune.Application.Status;
using Forge.Fortune.Domain;
using Forge.Fortune.Domain.Audit;
using Forge.Fortune.Domain.Fortunes;
using Forge.Fortune.Domain.Readings;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Events;
using Forge.Hosting.AI;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>
/// Generates — or finds — the stored fortune for a profile, type, period and model. The one path every
/// generating endpoint takes (create, batch, stream), so they cache, log and fail alike (ADR 11):
/// <list type="bullet">
/// <item>Works on the current tenant (<c>ICurrentTenant</c>); no <c>HttpContext</c>: a background job calls
/// it inside <c>ICurrentTenant.Change(tenantId)</c> with a <see cref="CallerInfo"/> of its own.</item>
/// <item>Same profile + type + period + model → the stored fortune, <c>cached: true</c>. Concurrent identical
/// calls store one fortune: the unique index decides and the loser returns the winner's row.</item>
/// <item>A configured alias asks the model; otherwise the built-in engine answers as <c>model: "builtin"</c>.</item>
/// <item>Every answered call writes a <c>fortune_generations</c> row (latency, tokens, cost, cached).</item>
/// <item>Refusals are <see cref="ProductApiException"/>s: 404 unknown profile, 503 provider failure
/// (nothing stored). Validation happens earlier, in <see cref="Parse"/>.</item>
/// </list>
/// </summary>
public sealed class FortuneGenerationService(
    FortuneDbContext db, ProfilePii pii, IAiChatClientFactory ai, ModelCallOutcomes outcomes, TimeProvider clock,
    ILogger<FortuneGenerationService> logger)
{
    public const string DefaultModel = AiModelDefaults.Haiku;

    /// <summary>The product name Fortune's AI aliases are declared under (haiku, sonnet, gpt4o; ADR 7 #8).</summary>
    public const string Product = FortuneProduct.Name;

    /// <summary>
    /// Validates wire values (<c>fortune_type</c> required; <c>fortune_date</c> YYYY-MM-DD, default today in KST;
    /// <c>model</c> a known alias, default <c>haiku</c>). Throws a 400 <see cref="ProductApiException"/> naming the field.
    /// </summary>
    public FortuneRequest Parse(string? fortuneType, string? fortuneDate, string? model, bool? includeLuckyItems = null)
    {
        var type = InputParsing.Enum(InputParsing.Required(fortuneType, "fortune_type"), "fortune_type", FortuneType.Daily);
        var date = FortuneDates.Parse(fortuneDate, "fortune_date") ?? FortuneDates.TodayInKorea(clock);
        return new FortuneRequest(type, date, Alias(model), includeLuckyItems ?? true);
    }

    /// <summary>The stored fortune for <paramref name="profileId"/> and <paramref name="request"/>, generating it if needed.</summary>
    public async Task<FortuneGenerationResult> GenerateAsync(string? profileId, FortuneRequest request, CallerInfo caller, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        var plan = await PlanAsync(profileId, request, ct);
        if (plan.Existing is { } existing) return await ServeStoredAsync(existing, request, started, AiUsage.None, ct);

        var content = plan.UsesAi
            ? await new AiFortuneWriter(ai, outcomes, logger).WriteAsync(request.Model, plan.Chart!, plan.Period, ct)
            : BuiltinFortuneWriter.Write(plan.Chart!, request.Type, plan.PeriodStart);
        return await StoreAsync(plan, content, PrefixedId.Fortune(), caller, started, ct);
    }

    /// <summary>
    /// Loads the profile (404 if it is not the tenant's) and decides what answers: the stored fortune of the
    /// same conditions, or a new one by the model or the built-in engine (with the chart it reads).
    /// Shared by <see cref="GenerateAsync"/> and the stream, which writes its content itself.
    /// </summary>
    internal async Task<FortunePlan> PlanAsync(string? profileId, FortuneRequest request, CancellationToken ct)
    {
        var id = InputParsing.Required(profileId, "profile_id");
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw ProfileNotFound(id);
        var periodStart = FortunePeriod.Start(request.Type, request.Date);
        var (builtin, model, engine, _) = AiEngineChoice.For(ai, request.Model);
        var useAi = !builtin;

        var existing = await FindAsync(profile.Id, request.Type.Key(), periodStart, model, ct);
        var chart = existing is null ? ProfileBirth.Compute(ProfileBirth.ToInput(pii.Birth(profile), profile.Gender)).Chart : null;
        return new FortunePlan(profile.Id, request, periodStart, useAi, model, engine, existing, chart);
    }

    /// <summary>The stored fortune of <paramref name="plan"/>, answered from the cache (counted, logged, event raised).</summary>
    internal Task<FortuneGenerationResult> ServeStoredAsync(FortunePlan plan, long started, CancellationToken ct) =>
        ServeStoredAsync(plan.Existing!, plan.Request, started, AiUsage.None, ct);

    /// <summary>
    /// Stores checked <paramref name="content"/> as fortune <paramref name="fortuneId"/> with its log row, audit
    /// entry and event. When a concurrent identical call stored first, answers that fortune (cached) instead.
    /// </summary>
    internal async Task<FortuneGenerationResult> StoreAsync(
        FortunePlan plan, FortuneContent content, string fortuneId, CallerInfo caller, long started, CancellationToken ct)
    {
        var request = plan.Request;
        var type = request.Type.Key();
        var now = WireTime.Now(clock);
        var fortune = new StoredFortune
        {
            Id = fortuneId, ProfileId = plan.ProfileId, FortuneType = type, FortuneDate = plan.PeriodStart,
            Model = content.Model, Engine = content.Engine, EngineModel = content.EngineModel,
            Score = content.Score, Summary = content.Summary,
            CategoriesJson = content.CategoriesJson, LuckyItemsJson = content.LuckyItemsJson, GeneratedAt = now,
        };
        db.Fortunes.Add(fortune);
        db.FortuneGenerations.Add(Log(fortune, request.Model, cached: false, started, content.Usage, now));
        AuditLog.Add(db, caller, AuditActions.FortuneGenerated, AuditResourceTypes.Fortune, fortune.Id, now);
        FortuneEvents.Add(db, FortuneEventTypes.FortuneGenerated, fortune.ProfileId,
            new { fortune_id = fortune.Id, profile_id = fortune.ProfileId, score = fortune.Score, model = fortune.Model }, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent identical call stored first (unique index), or the profile was deleted meanwhile (FK).
            db.ChangeTracker.Clear();
            var winner = await FindAsync(plan.ProfileId, type, plan.PeriodStart, plan.Model, ct);
            if (winner is not null) return await ServeStoredAsync(winner, request, started, content.Usage, ct);
            if (!await db.Profiles.AnyAsync(p => p.Id == plan.ProfileId, ct)) throw ProfileNotFound(plan.ProfileId);
            throw;
        }
        return new FortuneGenerationResult(FortuneMapper.Full(fortune, request.IncludeLuckyItems, cached: false), false);
    }

    /// <param name="spent">What this call paid although its text was not kept (it lost a race); usually nothing.</param>
    private async Task<FortuneGenerationResult> ServeStoredAsync(
        StoredFortune fortune, FortuneRequest request, long started, AiUsage spent, CancellationToken ct)
    {
        await db.Fortunes.Where(f => f.Id == fortune.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.CacheHits, f => f.CacheHits + 1), ct);
        var now = WireTime.Now(clock);
        db.FortuneGenerations.Add(Log(fortune, request.Model, cached: true, started, spent, now));
        FortuneEvents.Add(db, FortuneEventTypes.FortuneCached, fortune.ProfileId, new { fortune_id = fortune.Id, profile_id = fortune.ProfileId }, now);
        await db.SaveChangesAsync(ct);
        return new FortuneGenerationResult(FortuneMapper.Full(fortune, request.IncludeLuckyItems, cached: true), true);
    }

    private Task<StoredFortune?> FindAsync(string profileId, string type, DateOnly periodStart, string model, CancellationToken ct) =>
        db.Fortunes.AsNoTracking().FirstOrDefaultAsync(
            f => f.ProfileId == profileId && f.FortuneType == type && f.FortuneDate == periodStart && f.Model == model, ct);

    private FortuneGeneration Log(StoredFortune fortune, string requestedModel, bool cached, long started, AiUsage usage, DateTime at) => new()
    {
        Id = PrefixedId.Generation(), FortuneId = fortune.Id, ProfileId = fortune.ProfileId, FortuneType = fortune.FortuneType,
        RequestedModel = requestedModel, Model = fortune.Model, Engine = fortune.Engine, Score = fortune.Score, Cached = cached,
        LatencyMs = (int)Math.Min(int.MaxValue, clock.GetElapsedTime(started).TotalMilliseconds),
        InputTokens = usage.InputTokens, OutputTokens = usage.OutputTokens, CostUsd = usage.CostUsd, CreatedAt = at,
    };

    /// <summary>ADR 7 #8: the catalog's aliases (haiku, sonnet, gpt4o by default), case-insensitive; anything else is <c>invalid_model</c>.</summary>
    private string Alias(string? model) => ModelAlias.Parse(ai, model);

    internal static ProductApiException ProfileNotFound(string id) =>
        new(ProductErrorKind.NotFound, FortuneErrorCodes.NotFound, $"No profile '{id}'.", "profile_id");
}
