using System.Net;
using System.Net.Sockets;
using Forge.Hosting.Webhooks;
using Microsoft.Extensions.Options;

namespace Forge.Host.Webhooks;

/// <summary>
/// The registration-time check of a webhook URL, by the rule <see cref="PrivateAddressGuard"/> enforces
/// at connect time: https to a host whose addresses are public. With
/// <c>Forge:Webhooks:AllowPrivateTargets</c> (development, tests) any http(s) URL passes.
/// </summary>
public sealed class WebhookTargetPolicy(IOptions<WebhookOptions> options, WebhookHostResolver resolver) : IWebhookTargetPolicy
{
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(3);

    public async Task<string?> FindProblemAsync(string url, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            return "url must be an absolute https URL.";
        if (uri.UserInfo.Length > 0) return "url must not carry credentials.";
        if (options.Value.AllowPrivateTargets) return null;
        if (uri.Scheme != Uri.UriSchemeHttps) return "url must use https.";

        var host = uri.IdnHost.Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return "url must point to a public host, not localhost.";
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ResolveTimeout);
            try
            {
                addresses = await resolver.ResolveAsync(host, timeout.Token);
            }
            catch (Exception e) when (e is SocketException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                return $"url host '{host}' does not resolve.";
            }
        }
        // The guard connects only to public addresses (IPv6 forms embedding IPv4 judged by that IPv4
        // address); a host with none can never be delivered to.
        return PrivateAddressGuard.Allowed(addresses, allowPrivateTargets: false).Length > 0
            ? null
            : "url must point to a public address, not a private, loopback or link-local one.";
    }
}
