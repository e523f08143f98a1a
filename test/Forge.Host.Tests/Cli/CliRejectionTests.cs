namespace Forge.Host.Tests.Cli;

/// <summary>
/// Bad arguments and rejected input: exit code 2, a clear message on stderr, nothing on stdout
/// and nothing written. No modules are loaded, so no features are defined.
/// </summary>
public sealed class CliRejectionTests(CliRejectionTests.Fixture cli) : IClassFixture<CliRejectionTests.Fixture>
{
    /// <summary>Tenant acme (pro).</summary>
    public sealed class Fixture : CliDatabase
    {
        protected override async Task SeedAsync() =>
            (await RunAsync("tenant", "create", "acme", "--edition", "pro")).ShouldSucceed();
    }

    private TestDatabase Database => cli.Database;

    // Rejected by the parser, before the host is built.
    [Theory]
    [InlineData("'gold'", "tenant", "create", "globex", "--edition", "gold")]
    [InlineData("'--edition' is required", "tenant", "create", "globex")]
    [InlineData("'--product' is required", "key", "create", "--tenant", "acme")]
    [InlineData("'--scopes' is required", "client", "create", "--tenant", "acme")]
    [InlineData("'--reason' is required", "credits", "grant", "--tenant", "acme", "--amount", "5")]
    [InlineData("'--tenant' is required", "credits", "balance", "--json")]
    [InlineData("'--email' is required", "admin", "create")]
    [InlineData("'stripe'", "key", "create", "--tenant", "acme", "--product", "stripe")]
    [InlineData("'tomorrow'", "key", "create", "--tenant", "acme", "--product", "fortune", "--expires", "tomorrow")]
    [InlineData("'ten'", "credits", "grant", "--tenant", "acme", "--amount", "ten", "--reason", "x")]
    [InlineData("'rename'", "tenant", "rename", "acme")]
    [InlineData("Required command", "--json")]
    public async Task Bad_arguments_exit_2_with_a_message(string message, params string[] args) =>
        (await cli.RunAsync(args)).ShouldBeRejected(message);

    [Fact]
    public async Task Tenant_create_with_a_taken_name_in_any_case_or_an_invalid_name_creates_nothing()
    {
        (await cli.RunAsync("tenant", "create", "ACME", "--edition", "free")).ShouldBeRejected("A tenant named 'ACME' already exists.");
        (await cli.RunAsync("tenant", "create", "bad name!", "--edition", "free", "--json")).ShouldBeRejected("tenant name");
        (await Database.CountAsync("platform_tenants")).ShouldBe(1);
    }

    [Fact]
    public async Task Key_create_for_an_unknown_tenant_or_with_a_past_expiry_creates_no_key()
    {
        (await cli.RunAsync("key", "create", "--tenant", "nobody", "--product", "fortune")).ShouldBeRejected("No tenant named 'nobody'.");
        (await cli.RunAsync("key", "create", "--tenant", "acme", "--product", "fortune", "--expires", DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O")))
            .ShouldBeRejected("expiry must be in the future");
        (await Database.CountAsync("platform_api_keys")).ShouldBe(0);
    }

    [Fact]
    public async Task Client_create_with_an_unknown_scope_creates_no_client()
    {
        (await cli.RunAsync("client", "create", "--tenant", "acme", "--scopes", "fortune,bogus", "--json")).ShouldBeRejected("unknown: bogus");
        (await Database.CountAsync("platform_oauth_clients")).ShouldBe(0);
        (await Database.CountAsync("OpenIddictApplications")).ShouldBe(0);
    }

    [Fact]
    public async Task Feature_set_of_an_unknown_feature_or_a_bad_value_writes_nothing()
    {
        // The built-in Fortune module is loaded, so its features are the defined ones.
        (await cli.RunAsync("feature", "set", "--tenant", "acme", "Notes.Premium", "true"))
            .ShouldBeRejected("Unknown feature 'Notes.Premium'.", "Fortune.EnterpriseApi");
        (await cli.RunAsync("feature", "set", "--tenant", "acme", "Fortune.RequestsPerDay", "lots"))
            .ShouldBeRejected("'lots' is not a valid integer for Fortune.RequestsPerDay.");
        (await Database.CountAsync("platform_feature_values")).ShouldBe(0);
        (await cli.RunAsync("feature", "list", "--tenant", "acme")).ShouldSucceed().Lines.ShouldContain(l => l.StartsWith("Fortune.EnterpriseApi"));
    }

    [Fact]
    public async Task Admin_create_with_an_invalid_or_a_taken_e_mail_creates_no_user()
    {
        (await cli.RunAsync("admin", "create", "--email", "not-an-address")).ShouldBeRejected("'not-an-address' is not an e-mail address.");
        (await Database.CountAsync("platform_users")).ShouldBe(0);
        (await cli.RunAsync("admin", "create", "--email", "ops@example.com")).ShouldSucceed();
        (await cli.RunAsync("admin", "create", "--email", "OPS@example.com", "--json")).ShouldBeRejected("already exists");
        (await Database.CountAsync("platform_users")).ShouldBe(1);
    }

    [Fact]
    public async Task Key_revoke_of_an_unknown_id_is_rejected() =>
        (await cli.RunAsync("key", "revoke", "AAAAAAAAAAAA")).ShouldBeRejected("No API key with id 'AAAAAAAAAAAA'.");
}
