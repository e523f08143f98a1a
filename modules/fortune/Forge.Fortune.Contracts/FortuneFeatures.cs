namespace Forge.Fortune;

/// <summary>The Fortune module's features (ADR 7: plan quotas from the docs' rate-limit table).</summary>
public static class FortuneFeatures
{
    /// <summary>The v1 resource API: on for Enterprise, off for Free and Pro, overridable per tenant.</summary>
    public const string EnterpriseApi = "Fortune.EnterpriseApi";

    public const string RequestsPerMinute = "Fortune.RequestsPerMinute";

    public const string RequestsPerDay = "Fortune.RequestsPerDay";
}
