namespace Forge.Hosting.Webhooks;

/// <summary>
/// Whether a URL may be registered as a webhook target, by the rule the sender enforces when it
/// connects: HTTPS to a public address, unless <c>Forge:Webhooks:AllowPrivateTargets</c> is set
/// (then http and private/loopback hosts pass too). Checking at registration gives the caller a
/// clear 400 instead of deliveries that can never succeed; the sender still re-checks every
/// connection, so DNS changes after registration cannot slip past.
/// </summary>
public interface IWebhookTargetPolicy
{
    /// <returns>Null when the URL is acceptable, else why not (a sentence for an API error).</returns>
    Task<string?> FindProblemAsync(string url, CancellationToken cancellationToken = default);
}
