namespace Forge.Fortune.Tests.Api;

/// <summary>The host with the Fortune module and the built-in engine, shared by a test class (see <see cref="SharedTestHost"/>).</summary>
public sealed class FortuneHostFixture : SharedTestHost
{
    protected override IEnumerable<string>? Modules => ["Fortune"];
}
