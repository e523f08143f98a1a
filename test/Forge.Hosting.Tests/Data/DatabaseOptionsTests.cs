using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.Tests.Data;

public sealed class DatabaseOptionsTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"forge-options-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true);
    }

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();

    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("Sqlite", DatabaseProvider.Sqlite)]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("PostgreSql", DatabaseProvider.PostgreSql)]
    [InlineData("postgresql", DatabaseProvider.PostgreSql)]
    [InlineData("SQLSERVER", DatabaseProvider.SqlServer)]
    [InlineData(" SqlServer ", DatabaseProvider.SqlServer)]
    public void Provider_is_parsed_by_name_ignoring_case(string? value, DatabaseProvider expected)
    {
        DatabaseOptions.Provider(Config(("Database:Provider", value))).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Oracle")]
    [InlineData("Postgres")]
    [InlineData("1")]                    // enum ordinals are not provider names
    [InlineData("42")]
    [InlineData("Sqlite,SqlServer")]     // nor are flag combinations
    public void An_unknown_provider_fails_with_a_message_naming_it_and_the_supported_ones(string value)
    {
        var error = Should.Throw<InvalidOperationException>(() => DatabaseOptions.Provider(Config(("Database:Provider", value))));

        error.Message.ShouldContain($"'{value}'");
        error.Message.ShouldContain("Sqlite, PostgreSql or SqlServer");
    }

    [Fact]
    public void A_contexts_own_connection_string_wins_over_Default()
    {
        var configuration = Config(
            ("Database:Provider", "PostgreSql"),
            ("ConnectionStrings:Fortune", "Host=fortune"),
            ("ConnectionStrings:Default", "Host=default"));

        DatabaseOptions.ConnectionString(configuration, "Fortune").ShouldBe("Host=fortune");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_or_blank_connection_string_falls_back_to_Default(string? own)
    {
        var configuration = Config(
            ("Database:Provider", "SqlServer"),
            ("ConnectionStrings:Fortune", own),
            ("ConnectionStrings:Default", "Server=default"));

        DatabaseOptions.ConnectionString(configuration, "Fortune").ShouldBe("Server=default");
    }

    [Fact]
    public void Sqlite_without_connection_strings_uses_forge_db_in_the_data_directory()
    {
        var configuration = Config(("Forge:DataDirectory", _dataDirectory));

        var connectionString = DatabaseOptions.ConnectionString(configuration, "Fortune");

        connectionString.ShouldBe($"Data Source={Path.Combine(_dataDirectory, "forge.db")}");
        Directory.Exists(_dataDirectory).ShouldBeTrue();
    }

    [Fact]
    public void A_relative_data_directory_is_made_absolute()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, _dataDirectory);

        DatabaseOptions.DataDirectory(Config(("Forge:DataDirectory", relative))).ShouldBe(_dataDirectory);
    }

    [Theory]
    [InlineData("PostgreSql")]
    [InlineData("SqlServer")]
    public void A_server_provider_without_a_connection_string_fails_naming_what_is_missing(string provider)
    {
        var configuration = Config(("Database:Provider", provider), ("Forge:DataDirectory", _dataDirectory));

        var error = Should.Throw<InvalidOperationException>(() => DatabaseOptions.ConnectionString(configuration, "Fortune"));

        error.Message.ShouldContain("ConnectionStrings:Fortune");
        error.Message.ShouldContain("ConnectionStrings:Default");
        error.Message.ShouldContain(provider);
        Directory.Exists(_dataDirectory).ShouldBeFalse();
    }

    // Database:ThreadSafetyChecks (ADR 74): read strictly, and applied to every context the kernel registers.
    [Theory]
    [InlineData("true", true)]
    [InlineData(" False ", false)]
    [InlineData("FALSE", false)]
    public void Thread_safety_checks_set_explicitly_win(string value, bool expected)
    {
        DatabaseOptions.ThreadSafetyChecks(Config(("Database:ThreadSafetyChecks", value))).ShouldBe(expected);
    }

    [Fact]
    public void Thread_safety_checks_unset_are_on_in_a_Debug_build_which_is_how_the_suite_runs()
    {
        var debug = typeof(DatabaseOptions).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false)
            .Cast<System.Diagnostics.DebuggableAttribute>().Any(a => a.IsJITOptimizerDisabled);

        DatabaseOptions.ThreadSafetyChecks(Config()).ShouldBe(debug);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    public void A_thread_safety_setting_that_is_not_a_boolean_fails_naming_the_setting(string value)
    {
        var error = Should.Throw<InvalidOperationException>(() => DatabaseOptions.ThreadSafetyChecks(Config(("Database:ThreadSafetyChecks", value))));

        error.Message.ShouldContain("Database:ThreadSafetyChecks");
        error.Message.ShouldContain($"'{value}'");
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void A_registered_context_gets_the_thread_safety_setting(string value, bool expected)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICurrentTenant>(new FixedTenant(null));
        services.AddForgeDbContext<MemoDbContext, MemoDbContext, MemoDbContext, MemoDbContext>(
            Config(("Database:ThreadSafetyChecks", value), ("Forge:DataDirectory", _dataDirectory)), "Memo");
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        var context = scope.ServiceProvider.GetRequiredService<MemoDbContext>();

        context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled.ShouldBe(expected);
    }
}
