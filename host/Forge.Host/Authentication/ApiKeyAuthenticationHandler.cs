using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Forge.Host.ApiKeys;
using Forge.Host.Data;
using Forge.Host.Platform;
using Forge.Hosting.Errors;
using Forge.Hosting.Identity;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;

namespace Forge.Host.Authentication;

/// <summary>
/// Authenticates the API-key headers the products declare (ADR 17). The key's public id finds the row; the
/// SHA-256 of the presented key is compared with the stored one in constant time (and against a
/// dummy when no row exists, so unknown and wrong keys take the same path).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PlatformDbContext db,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    private static readonly byte[] DummyHash = new byte[32];
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var catalog = Context.RequestServices.GetRequiredService<IProductCatalog>();
        var (header, presented) = ReadKey(Request, catalog);
        if (presented is null) return AuthenticateResult.NoResult();

        if (!catalog.TryParseKey(header!, presented, out var format, out var keyId))
            return Fail($"The {header} header does not hold a valid API key for this header.");

        var key = await db.ApiKeys.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(k => k.KeyId == keyId, Context.RequestAborted);
        var matches = CryptographicOperations.FixedTimeEquals(ApiKeyFormat.Hash(presented), key?.SecretHash ?? DummyHash);
        if (key is null || !matches || key.Product != format.Name) return Fail("The API key is not recognised.");

        var now = clock.GetUtcNow().UtcDateTime;
        if (key.State == ApiKeyState.Revoked) return Fail("The API key has been revoked.");
        if (key.State == ApiKeyState.Suspended) return Fail("The API key is suspended.");
        if (key.ExpiresAt is { } expiry && expiry <= now) return Fail("The API key has expired.");

        await TouchAsync(key.Id, now);

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, key.KeyId),
            new(ForgeClaims.CredentialType, CredentialTypes.ApiKey),
            new(ForgeClaims.TenantId, key.TenantId!.Value.ToString()),
            new(ForgeClaims.Product, key.Product),
            new(ForgeClaims.KeyId, key.KeyId),
        };
        claims.AddRange(key.Permissions.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => new Claim(ForgeClaims.Permission, p)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>
    /// Every credential type's challenge ends here (the policy scheme forwards them), so a caller
    /// always gets a problem document saying what was wrong with what it sent.
    /// </summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var message = Context.Items[FailureKey] as string;
        if (message is null && Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var bearer = await Context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
            var description = bearer.Properties?.GetString(OpenIddictValidationAspNetCoreConstants.Properties.ErrorDescription);
            message = $"The bearer token was refused: {description ?? "it is invalid or has expired."}";
            Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        }
        await PlatformProblem.WriteAsync(Context, new PlatformError(StatusCodes.Status401Unauthorized, PlatformErrorKind.Unauthenticated,
            message ?? $"Authentication required: send an API key ({string.Join(" or ", Context.RequestServices.GetRequiredService<IProductCatalog>().KeyHeaders)}) or an OAuth bearer token."), "Unauthorized");
    }

    internal static (string? Header, string? Key) ReadKey(HttpRequest request, IProductCatalog catalog)
    {
        foreach (var header in catalog.KeyHeaders)
            if (request.Headers.TryGetValue(header, out var value) && !string.IsNullOrWhiteSpace(value))
                return (header, value.ToString().Trim());
        return (null, null);
    }

    private const string FailureKey = "forge:auth-failure";

    private AuthenticateResult Fail(string message)
    {
        Context.Items[FailureKey] = message;
        return AuthenticateResult.Fail(message);
    }

    // At most one write a minute per key: last-used is informational, not an audit trail.
    private Task TouchAsync(Guid id, DateTime now)
    {
        var threshold = now - LastUsedResolution;
        return db.ApiKeys.IgnoreQueryFilters()
            .Where(k => k.Id == id && (k.LastUsedAt == null || k.LastUsedAt < threshold))
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
    }
}
