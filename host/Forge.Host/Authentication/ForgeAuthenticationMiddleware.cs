using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation.AspNetCore;

namespace Forge.Host.Authentication;

/// <summary>
/// ASP.NET Core's <c>UseAuthentication</c>, except that OpenIddict's two request handlers only see the requests
/// they can act on (issue 9, ADR 35). The stock middleware offers every request to every
/// <see cref="IAuthenticationRequestHandler"/>; OpenIddict's server handler then builds a transaction and
/// compares the request's absolute URI with each of its endpoints, and its validation handler builds a second
/// transaction — about an eighth of the CPU of an API-key <c>whoami</c>. Here the server handler runs for its
/// own endpoint paths (token, discovery, keys: every <c>*EndpointUris</c> of its options) and the validation
/// handler for requests with <c>Authorization: Bearer</c>, the only ones the policy scheme authenticates with it
/// (its <c>AuthenticateAsync</c> needs the transaction its request handler attaches). Any other request handler
/// still sees every request. The rest is the stock middleware: the default scheme authenticates, the result
/// becomes <see cref="HttpContext.User"/> and the authentication features.
/// </summary>
public sealed class ForgeAuthenticationMiddleware(RequestDelegate next, IAuthenticationSchemeProvider schemes, IOptions<OpenIddictServerOptions> server)
{
    private readonly OpenIddictEndpointPaths _serverPaths = new(server.Value);

    public async Task InvokeAsync(HttpContext context)
    {
        context.Features.Set<IAuthenticationFeature>(new AuthenticationFeature
        {
            OriginalPath = context.Request.Path,
            OriginalPathBase = context.Request.PathBase,
        });

        var handlers = context.RequestServices.GetRequiredService<IAuthenticationHandlerProvider>();
        foreach (var scheme in await schemes.GetRequestHandlerSchemesAsync())
        {
            if (!Offered(scheme.Name, context)) continue;
            if (await handlers.GetHandlerAsync(context, scheme.Name) is IAuthenticationRequestHandler handler && await handler.HandleRequestAsync())
                return;
        }

        if (await schemes.GetDefaultAuthenticateSchemeAsync() is { } defaultScheme)
        {
            var result = await context.AuthenticateAsync(defaultScheme.Name);
            if (result.Principal is not null) context.User = result.Principal;
            if (result.Succeeded)
            {
                var features = new AuthenticationResultFeatures(result);
                context.Features.Set<IHttpAuthenticationFeature>(features);
                context.Features.Set<IAuthenticateResultFeature>(features);
            }
        }

        await next(context);
    }

    private bool Offered(string scheme, HttpContext context) => scheme switch
    {
        OpenIddictServerAspNetCoreDefaults.AuthenticationScheme => _serverPaths.Contains(context.Request.PathBase.Add(context.Request.Path)),
        OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme =>
            context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase),
        _ => true,
    };

    /// <summary>What the stock middleware sets after a successful authentication (its own class is internal).</summary>
    private sealed class AuthenticationResultFeatures(AuthenticateResult result) : IAuthenticateResultFeature, IHttpAuthenticationFeature
    {
        private AuthenticateResult? _result = result;
        private ClaimsPrincipal? _user = result.Principal;

        public AuthenticateResult? AuthenticateResult
        {
            get => _result;
            set
            {
                _result = value;
                _user = value?.Principal;
            }
        }

        public ClaimsPrincipal? User
        {
            get => _user;
            set
            {
                _user = value;
                _result = null;
            }
        }
    }
}

/// <summary>The request paths of every endpoint the OpenIddict server has (relative or absolute URIs in its options).</summary>
internal sealed class OpenIddictEndpointPaths
{
    private readonly HashSet<string> _paths = new(StringComparer.OrdinalIgnoreCase);

    public OpenIddictEndpointPaths(OpenIddictServerOptions options)
    {
        // Every "...EndpointUris" list, so an endpoint enabled later (or renamed by a new OpenIddict) is not missed.
        foreach (var property in typeof(OpenIddictServerOptions).GetProperties())
        {
            if (!property.Name.EndsWith("EndpointUris", StringComparison.Ordinal) || property.GetValue(options) is not IEnumerable<Uri> uris) continue;
            foreach (var uri in uris) _paths.Add(Normalize(uri.IsAbsoluteUri ? uri.AbsolutePath : "/" + uri.OriginalString.TrimStart('/')));
        }
    }

    public bool Contains(PathString path) => _paths.Contains(Normalize(path.Value ?? "/"));

    private static string Normalize(string path) => path.Length > 1 ? path.TrimEnd('/') : path;
}
