using System.Net;

namespace Forge.Host.Webhooks;

/// <summary>
/// Resolves a webhook host's addresses for the target policy and the connect-time guard (system DNS).
/// One seam for both checks, so tests can make a name resolve to any address form without editing the
/// machine's resolver.
/// </summary>
public class WebhookHostResolver
{
    public virtual Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
