using System.Security.Claims;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.Identity;

/// <summary><see cref="ICurrentCaller"/> read from the current request's principal (the platform's claims) and connection.</summary>
public sealed class HttpCurrentCaller(IHttpContextAccessor accessor, IProductCatalog products) : ICurrentCaller
{
    private HttpContext? Http => accessor.HttpContext;
    private ClaimsPrincipal? User => Http?.User;

    public bool IsAuthenticated => User?.Identity?.IsAuthenticated == true;
    public Guid? TenantId => Guid.TryParse(User?.FindFirstValue(ForgeClaims.TenantId), out var id) ? id : null;
    public string? CredentialType => User?.FindFirstValue(ForgeClaims.CredentialType);
    public string? Product => User?.FindFirstValue(ForgeClaims.Product);
    public string? KeyId => User?.FindFirstValue(ForgeClaims.KeyId);
    public string? ClientId => User?.FindFirstValue(ForgeClaims.ClientId);

    public IReadOnlySet<string> Permissions =>
        User?.FindAll(ForgeClaims.Permission).Select(c => c.Value).ToHashSet(StringComparer.Ordinal) ?? new HashSet<string>();

    public string? Ip => Http?.Connection.RemoteIpAddress?.ToString();
    public string? RequestId => Http is { } http ? ProductRequestId.Get(http) : null;

    public bool Has(string permission) => User?.HasClaim(ForgeClaims.Permission, permission) == true;

    public CallerInfo Snapshot()
    {
        var http = Http;
        var keyId = KeyId;
        var shape = Product is { } product ? products.Find(product)?.ApiKey : null;
        return new CallerInfo(
            Ip,
            keyId is { Length: > 0 } && shape is not null ? shape.MaskKeyId(keyId) : null,
            ClientId,
            RequestId,
            http?.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null,
            http is null ? null : $"{http.Request.Method} {http.Request.Path}",
            Permissions)
        {
            TenantId = TenantId,
            CredentialType = CredentialType,
            Product = Product,
            KeyId = keyId,
        };
    }
}

public static class CurrentCallerExtensions
{
    /// <summary>The request's caller as a value (<see cref="ICurrentCaller.Snapshot"/>).</summary>
    public static CallerInfo Caller(this HttpContext http) => http.RequestServices.GetRequiredService<ICurrentCaller>().Snapshot();
}
