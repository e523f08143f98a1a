namespace Forge.Hosting.Webhooks;

/// <summary>
/// Whose delivery this is, stored with it in typed columns and handed back to every
/// <see cref="IWebhookDeliveryObserver"/>: an observer matches <see cref="Product"/> and <see cref="Kind"/>
/// and uses <see cref="Id"/>, instead of parsing a prefixed reference string. The product also picks the
/// delivery's retry policy (<see cref="WebhookRetryPolicyExtensions.AddWebhookRetryPolicy"/>).
/// </summary>
/// <param name="Product">The product that sends it, e.g. <c>fortune</c> (≤32 chars).</param>
/// <param name="Kind">What <paramref name="Id"/> names in that product, e.g. <c>webhook</c> or <c>analysis</c> (≤32 chars).</param>
/// <param name="Id">The product's own id of the owning resource (≤128 chars).</param>
public sealed record WebhookOwner(string Product, string Kind, string Id)
{
    public const int MaxProductLength = 32;
    public const int MaxKindLength = 32;
    public const int MaxIdLength = 128;

    /// <summary>True when this owner is <paramref name="product"/>'s <paramref name="kind"/>.</summary>
    public bool Is(string product, string kind) =>
        string.Equals(Product, product, StringComparison.Ordinal) && string.Equals(Kind, kind, StringComparison.Ordinal);

    /// <exception cref="ArgumentException">A part is empty or too long for its column.</exception>
    public void Validate()
    {
        Check(Product, MaxProductLength, nameof(Product));
        Check(Kind, MaxKindLength, nameof(Kind));
        Check(Id, MaxIdLength, nameof(Id));
    }

    private static void Check(string value, int max, string name)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > max)
            throw new ArgumentException($"A webhook owner's {name} is 1–{max} characters.", name);
    }
}
