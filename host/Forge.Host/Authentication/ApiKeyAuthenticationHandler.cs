using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Forge.Host.ApiKeys;
using Forge.Host.Platform;
using Forge.Hosting.Errors;
using Forge.Hosting.Identity;
using Forge.Hosting.Security;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;

namespace Forge.Host.Authentication;

/// <summary>
/// Authenticates the API-key headers the products declare (ADR 17). The key's public id finds the row; the
/// SHA-256 of the presented key is compared with the stored one in constant time (and against a
/// dummy when no row exists, so unknown and wrong keys take the same path). The row comes from
/// <see cref="ApiKeyCache"/>, and the last-used time is written by the usage writer from the
/// request's usage record: authenticating reads nothing from and writes nothing to the database
/// once the key is cached (ADR 22).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyCache keys,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    private static readonly byte[] DummyHash = new byte[32];

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var catalog = Context.RequestServices.GetRequiredService<IProductCatalog>();
        var (header, presented) = ReadKey(Request, catalog);
        if (presented is null) return AuthenticateResult.NoResult();

        if (CredentialText.Normalize(presented) is null)
            return Fail($"The {header} header holds a character an API key never has: keys are {CredentialText.Rule}.");
        if (!catalog.TryParseKey(header!, presented, out var format, out var keyId))
            return Fail($"The {header} header does not hold a valid API key for this header.");

        var key = await keys.FindAsync(keyId, Context.RequestAborted);
        var matches = CryptographicOperations.FixedTimeEquals(ApiKeyFormat.Hash(presented), key?.SecretHash ?? DummyHash);
        if (key is null || !matches || key.Product != format.Name) return Fail("The API key is not recognised.");

        var now = clock.GetUtcNow().UtcDateTime;
        if (key.State == ApiKeyState.Revoked) return Fail("The API key has been revoked.");
        if (key.State == ApiKeyState.Suspended) return Fail("The API key is suspended.");
        if (key.ExpiresAt is { } expiry && expiry <= now) return Fail("The API key has expired.");

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, key.KeyId),
            new(ForgeClaims.CredentialType, CredentialTypes.ApiKey),
            new(ForgeClaims.TenantId, key.TenantId.ToString()),
            new(ForgeClaims.Product, key.Product),
            new(ForgeClaims.KeyId, key.KeyId),
        };
        claims.AddRange(key.Permissions.Select(p => new Claim(ForgeClaims.Permission, p)));
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
            if (request.Headers.TryGetValue(header, out var value) && CredentialText.Trim(value.ToString()) is { } key)
                return (header, key);
        return (null, null);
    }

    private const string FailureKey = "forge:auth-failure";

    private AuthenticateResult Fail(string message)
    {
        Context.Items[FailureKey] = message;
        return AuthenticateResult.Fail(message);
    }
}
