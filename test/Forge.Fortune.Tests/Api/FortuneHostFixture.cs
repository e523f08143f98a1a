namespace Forge.Fortune.Tests.Api;

/// <summary>The host with the Fortune module and the built-in engine, shared by a test class (see <see cref="SharedTestHost"/>).</summary>
public sealed class FortuneHostFixture : SharedTestHost
{
    protected override IEnumerable<string>? Modules => ["Fortune"];
}

/// <summary>Fortune with a fast event feed (0.2 s polls, 0.5 s heartbeats, 2 streams per tenant), shared by a test class.</summary>
public sealed class FortuneEventFeedHostFixture : SharedTestHost
{
    protected override IEnumerable<string>? Modules => ["Fortune"];

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Fortune:Events:PollSeconds"] = "0.2",
        ["Fortune:Events:HeartbeatSeconds"] = "0.5",
        ["Fortune:Events:MaxConnectionsPerTenant"] = "2",
    };
}

/// <summary>
/// Fortune's event feed for the late-commit tests: 0.2 s polls, 0.5 s heartbeats and room for several streams of one tenant.
/// </summary>
public sealed class FortuneLateCommitFeedHostFixture : SharedTestHost
{
    protected override IEnumerable<string>? Modules => ["Fortune"];

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Fortune:Events:PollSeconds"] = "0.2",
        ["Fortune:Events:HeartbeatSeconds"] = "0.5",
        ["Fortune:Events:MaxConnectionsPerTenant"] = "10",
    };
}

/// <summary>Fortune refusing private webhook targets (the production default), shared by a test class.</summary>
public sealed class FortuneStrictWebhooksHostFixture : SharedTestHost
{
    protected override IEnumerable<string>? Modules => ["Fortune"];

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Forge:Webhooks:AllowPrivateTargets"] = "false" };
}
