using System.Reflection;
using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Tests;

/// <summary>
/// Every provider-specific DbContext of the platform and of every module (found, not listed): its model has
/// no change that no migration captures. A new module's contexts are covered as soon as its assembly is
/// built next to these tests (Forge.Host references every built-in module; Forge.TestKit the test modules).
/// </summary>
public sealed class MigrationDriftTests
{
    private static readonly string[] Providers = ["Sqlite", "PostgreSql", "SqlServer"];

    private static readonly Lazy<IReadOnlyList<Type>> Contexts = new(FindContexts);

    public static TheoryData<string> ContextNames() => [.. Contexts.Value.Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(ContextNames))]
    public void The_model_matches_the_migrations(string contextName)
    {
        using var db = Create(Contexts.Value.Single(t => t.FullName == contextName));
        db.Database.GetMigrations().ShouldNotBeEmpty($"{contextName} has no migrations");
        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"{contextName} has model changes without a migration: run etc/scripts/add-migration.sh <Name> <project> <Context>");
    }

    /// <summary>The start-up check reads the migration ids without building the model (ADR 67): the same list as EF's.</summary>
    [Theory]
    [MemberData(nameof(ContextNames))]
    public void The_migration_ids_read_without_the_model_are_EFs(string contextName)
    {
        var type = Contexts.Value.Single(t => t.FullName == contextName);
        using var db = Create(type);
        var provider = Enum.Parse<DatabaseProvider>(Providers.First(p => type.Name.StartsWith(p, StringComparison.Ordinal)));
        new ContextDatabase(type, type, provider, "", "").MigrationIds().ShouldBe(db.Database.GetMigrations().ToList());
    }

    [Fact]
    public void The_platform_and_every_module_context_are_found_for_every_provider()
    {
        var names = Contexts.Value.Select(t => t.Name).ToList();
        foreach (var provider in Providers)
        foreach (var context in new[] { "PlatformDbContext", "FortuneDbContext", "NotesDbContext" })
            names.ShouldContain(provider + context);
    }

    private static IReadOnlyList<Type> FindContexts()
    {
        var assemblies = Directory.EnumerateFiles(AppContext.BaseDirectory, "Forge.*.dll")
            .Select(path => Assembly.LoadFrom(path));
        return assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(DbContext).IsAssignableFrom(t)
                        && Providers.Any(p => t.Name.StartsWith(p, StringComparison.Ordinal)) && ConstructorOf(t) is not null)
            .DistinctBy(t => t.FullName)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>(options, tenant), or options only for a pooled context (ADR 35), which reads the tenant per query.</summary>
    private static ConstructorInfo? ConstructorOf(Type context)
    {
        var options = typeof(DbContextOptions<>).MakeGenericType(context);
        return context.GetConstructor([options, typeof(ICurrentTenant)]) ?? context.GetConstructor([options]);
    }

    /// <remarks>No connection is opened: the provider only shapes the model.</remarks>
    private static DbContext Create(Type context)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(context))!;
        if (context.Name.StartsWith("Sqlite", StringComparison.Ordinal)) builder.UseSqlite("Data Source=:memory:");
        else if (context.Name.StartsWith("PostgreSql", StringComparison.Ordinal)) builder.UseNpgsql("Host=localhost");
        else builder.UseSqlServer("Server=localhost;TrustServerCertificate=true");
        var constructor = ConstructorOf(context)!;
        return (DbContext)constructor.Invoke(constructor.GetParameters().Length == 2 ? [builder.Options, new CurrentTenant()] : [builder.Options]);
    }
}
