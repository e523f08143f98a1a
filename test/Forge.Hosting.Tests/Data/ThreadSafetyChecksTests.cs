using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.Tests.Data;

/// <summary><c>Database:ThreadSafetyChecks</c> (ADR 74): read strictly, and applied to every context the kernel registers.</summary>
public sealed class ThreadSafetyChecksTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"forge-checks-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true);
    }

    private IConfiguration Config(string? checks) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:ThreadSafetyChecks"] = checks, ["Forge:DataDirectory"] = _dataDirectory })
            .Build();

    [Theory]
    [InlineData("true", true)]
    [InlineData(" False ", false)]
    [InlineData("FALSE", false)]
    public void An_explicit_setting_wins(string value, bool expected)
    {
        DatabaseOptions.ThreadSafetyChecks(Config(value)).ShouldBe(expected);
    }

    [Fact]
    public void Unset_they_are_on_in_a_Debug_build_which_is_how_the_suite_runs()
    {
        var debug = typeof(DatabaseOptions).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false)
            .Cast<System.Diagnostics.DebuggableAttribute>().Any(a => a.IsJITOptimizerDisabled);

        DatabaseOptions.ThreadSafetyChecks(Config(null)).ShouldBe(debug);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    public void A_value_that_is_not_a_boolean_fails_naming_the_setting(string value)
    {
        var error = Should.Throw<InvalidOperationException>(() => DatabaseOptions.ThreadSafetyChecks(Config(value)));

        error.Message.ShouldContain("Database:ThreadSafetyChecks");
        error.Message.ShouldContain($"'{value}'");
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void A_registered_context_gets_the_setting(string value, bool expected)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICurrentTenant>(new FixedTenant(null));
        services.AddForgeDbContext<MemoDbContext, MemoDbContext, MemoDbContext, MemoDbContext>(Config(value), "Memo");
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        var context = scope.ServiceProvider.GetRequiredService<MemoDbContext>();

        context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled.ShouldBe(expected);
    }
}
