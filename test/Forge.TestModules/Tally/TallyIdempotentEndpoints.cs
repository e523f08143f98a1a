using Forge.Hosting.Idempotency;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.TestModules.Tally;

/// <summary>
/// Both idempotency modes on one product (ADR 32): <c>POST /counters</c> under Tally's own policy (resource pointer,
/// <c>X-Request-ID</c>, Analysis's shape: a repeat gets the counter as it is now) and <c>POST /receipts</c> under a
/// per-endpoint stored-response policy (Fortune's shape: a repeat gets the first response, byte for byte).
/// </summary>
internal static class TallyIdempotentEndpoints
{
    public const string CountersRoute = "POST /test/tally/counters";
    public const string ReceiptsRoute = "POST /test/tally/receipts";
    public const string ImpatientRoute = "POST /test/tally/counters/impatient";

    /// <summary>Tally's policy without the wait for a running first request: a repeat meets "in progress" at once.</summary>
    public static readonly IdempotencyPolicy Impatient = TallyModule.Definition.Idempotency! with { WaitForFirst = TimeSpan.Zero };

    /// <summary>Fortune's rules on a Tally route, with Tally's codes: the per-endpoint override of the product policy.</summary>
    public static readonly IdempotencyPolicy Receipts = new("Idempotency-Key", IdempotencyReplayMode.StoredResponse)
    {
        MaxKeyLength = 64,
        InvalidCode = "INVALID_IDEMPOTENCY_KEY",
        ConflictCode = "IDEMPOTENCY_KEY_REUSED",
        InProgressCode = "REQUEST_IN_PROGRESS",
        ReplayedHeader = TallyModule.ReplayedHeader,
    };

    public static void Map(IEndpointRouteBuilder tally)
    {
        tally.MapPost("/counters", (Body<CounterInput> body, HttpContext http, TallyDbContext db, TallyGate gate) =>
        {
            var input = Arrive(body.Value, gate);
            return IdempotentEndpoint.RunAsync(http, CountersRoute, body.Raw, () => CreateAsync(input, db, gate, http.RequestAborted),
                current: id => CurrentAsync(db, id, http.RequestAborted));
        });
        tally.MapPost("/counters/impatient", (Body<CounterInput> body, HttpContext http, TallyDbContext db, TallyGate gate) =>
        {
            var input = Arrive(body.Value, gate);
            return IdempotentEndpoint.RunAsync(http, ImpatientRoute, body.Raw, () => CreateAsync(input, db, gate, http.RequestAborted),
                current: id => CurrentAsync(db, id, http.RequestAborted), policy: Impatient);
        });
        tally.MapPost("/receipts", (Body<CounterInput> body, HttpContext http, TallyDbContext db, TallyGate gate) =>
        {
            var input = Arrive(body.Value, gate);
            return IdempotentEndpoint.RunAsync(http, ReceiptsRoute, body.Raw, () => CreateAsync(input, db, gate, http.RequestAborted), policy: Receipts);
        });
        tally.MapPost("/counters/{id}/hits", async (string id, TallyDbContext db) =>
        {
            var counter = await FindAsync(db, id, default, tracked: true) ?? throw NotFound(id);
            counter.Hits++;
            await db.SaveChangesAsync();
            return TypedResults.Json(Envelope(counter), TallyModule.Definition.JsonOptions);
        });
        tally.MapGet("/counters", async (string label, TallyDbContext db) =>
            TypedResults.Json(new TallyModule.TallyEnvelope(true,
                await db.Counters.AsNoTracking().Where(c => c.Label == label).Select(c => c.Id).ToListAsync()), TallyModule.Definition.JsonOptions));
    }

    private static CounterInput Arrive(CounterInput input, TallyGate gate)
    {
        if (input.Hold) gate.Arrive(input.Label);
        return input;
    }

    private static async Task<IdempotentOutcome> CreateAsync(CounterInput input, TallyDbContext db, TallyGate gate, CancellationToken ct)
    {
        if (input.Hold) await gate.WaitAsync(input.Label, ct);
        if (input.Amount < 0) throw ProductApiException.Invalid("INVALID_AMOUNT", "amount", "amount must not be negative.");
        var counter = new TallyCounter { Id = Guid.NewGuid(), Label = input.Label, Amount = input.Amount };
        db.Counters.Add(counter);
        await db.SaveChangesAsync(ct);
        return new IdempotentOutcome(StatusCodes.Status201Created, Envelope(counter), $"/test/tally/counters/{counter.Id}", counter.Id.ToString());
    }

    private static async Task<IResult> CurrentAsync(TallyDbContext db, string id, CancellationToken ct) =>
        await FindAsync(db, id, ct) is { } counter ? TypedResults.Json(Envelope(counter), TallyModule.Definition.JsonOptions) : throw NotFound(id);

    private static async Task<TallyCounter?> FindAsync(TallyDbContext db, string id, CancellationToken ct, bool tracked = false)
    {
        if (!Guid.TryParse(id, out var guid)) return null;
        var counters = tracked ? db.Counters : db.Counters.AsNoTracking();
        return await counters.FirstOrDefaultAsync(c => c.Id == guid, ct);
    }

    private static TallyModule.TallyEnvelope Envelope(TallyCounter counter) =>
        new(true, new CounterView(counter.Id, counter.Label, counter.Amount, counter.Hits));

    private static ProductApiException NotFound(string id) =>
        new(ProductErrorKind.NotFound, "counter_not_found", $"No counter '{id}'.", metadata: new Dictionary<string, object?> { ["id"] = id });

    /// <param name="Hold">Test hook: wait in the handler until the test opens <see cref="TallyGate"/> for the label.</param>
    public sealed record CounterInput(string Label, int Amount, bool Hold = false);

    public sealed record CounterView(Guid Id, string Label, int Amount, int Hits);
}
