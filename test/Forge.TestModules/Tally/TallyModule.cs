using Forge.Hosting.Data;
using Forge.Hosting.Idempotency;
using Forge.Hosting.Identity;
using Forge.Hosting.Modularity;
using Forge.Hosting.ProductApi;
using Forge.Hosting.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.TestModules.Tally;

/// <summary>
/// A second product built only from the kernel's toolkit, shaped like Analysis: camelCase, unknown fields
/// ignored, a <c>{success,data,message,code,metadata}</c> envelope and its own key shape and header (ADR 17, 18),
/// and Analysis's idempotency: <c>X-Request-ID</c>, up to 255 printable ASCII characters, a repeat answered with the
/// current state of the resource the first request made (ADR 32).
/// </summary>
public sealed class TallyModule : ForgeModule
{
    public const string Product = "tally";
    public const string KeyHeader = "Tally-Api-Key";
    public const int QuotaLimit = 2;
    public const string RequestIdHeader = "X-Request-ID";
    public const string ReplayedHeader = "X-Tally-Replayed";
    /// <summary>The quotas' fixed window starts here and lasts a century: no test straddles a boundary.</summary>
    public static readonly DateTimeOffset QuotaWindowStart = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly ProductDefinition Definition = new(Product, new ApiKeyShape("tly_live_sk_", [KeyHeader], 24, '.', 48))
    {
        ErrorWriter = typeof(TallyErrorWriter),
        JsonNaming = JsonNaming.CamelCase,
        UnknownFields = UnknownFieldPolicy.Ignore,
        RequestIdHeader = "X-Tally-Request-Id",
        MaxBodyBytes = 1024,
        Idempotency = new IdempotencyPolicy(RequestIdHeader, IdempotencyReplayMode.ResourcePointer)
        {
            MaxKeyLength = 255,
            Charset = IdempotencyKeyCharset.PrintableAscii,
            InvalidCode = "INVALID_REQUEST_ID",
            ConflictCode = "DUPLICATE_REQUEST_ID",
            InProgressCode = "REQUEST_IN_PROGRESS",
            ReplayedHeader = ReplayedHeader,
        },
    };

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddProduct(Definition);
        context.Services.AddForgeDbContext<TallyDbContext, SqliteTallyDbContext, PostgreSqlTallyDbContext, SqlServerTallyDbContext>(context.Configuration, "Tally");
        context.Services.AddIdempotencyStore<TallyDbContext>(Product);
        context.Services.AddSingleton<TallyGate>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var tally = endpoints.MapProductApi(Product, "/test/tally").WithProductErrors();
        tally.MapPost("/counts", (Body<CountInput> body, ICurrentCaller caller) =>
        {
            var input = body.Value;
            if (input.Amount < 0) throw ProductApiException.Invalid("INVALID_AMOUNT", "amount", "amount must not be negative.");
            return TypedResults.Json(new TallyEnvelope(true, new CountResult(input.Label, input.Amount * 2, caller.Product, caller.KeyId, caller.TenantId)),
                Definition.JsonOptions, statusCode: StatusCodes.Status201Created);
        });
        // Quotas of 2 in one window that does not roll over during a test (fixed start, long window).
        foreach (var partition in new[] { QuotaPartition.Tenant, QuotaPartition.Key, QuotaPartition.Ip })
            tally.MapGet($"/limited/{partition.ToString().ToLowerInvariant()}", () => TypedResults.Ok(new { ok = true }))
                .WithQuotas(Product, new QuotaRule(partition.ToString(), partition, TimeSpan.FromDays(36500), _ => ValueTask.FromResult<long?>(QuotaLimit),
                    limit => $"At most {limit} calls.", _ => QuotaWindowStart));
        TallyIdempotentEndpoints.Map(tally);
        tally.MapGet("/counts/{id}", IResult (string id) =>
            throw new ProductApiException(ProductErrorKind.NotFound, "count_not_found", $"No count '{id}'.",
                metadata: new Dictionary<string, object?> { ["id"] = id }));
    }

    public sealed record CountInput(string Label, int Amount);

    public sealed record CountResult(string Label, int Doubled, string? CallerProduct, string? CallerKeyId, Guid? CallerTenantId);

    public sealed record TallyEnvelope(bool Success, object Data);
}
