using Forge.Fortune.EntityFrameworkCore;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.Fortune.Tests;

/// <summary>Every provider's Fortune context: the model has no change that no migration captures.</summary>
public sealed class FortuneMigrationTests
{
    public static TheoryData<string> Providers() => ["Sqlite", "PostgreSql", "SqlServer"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_model_matches_the_migrations(string provider)
    {
        using var db = Create(provider);
        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"{provider}FortuneDbContext has model changes without a migration: run " +
            "etc/scripts/add-migration.sh <Name> modules/fortune/Forge.Fortune Fortune EntityFrameworkCore/Migrations");
    }

    private static FortuneDbContext Create(string provider)
    {
        var tenant = new CurrentTenant();
        return provider switch
        {
            "Sqlite" => new SqliteFortuneDbContext(new DbContextOptionsBuilder<SqliteFortuneDbContext>().UseSqlite("Data Source=:memory:").Options, tenant),
            "PostgreSql" => new PostgreSqlFortuneDbContext(new DbContextOptionsBuilder<PostgreSqlFortuneDbContext>().UseNpgsql("Host=localhost").Options, tenant),
            "SqlServer" => new SqlServerFortuneDbContext(new DbContextOptionsBuilder<SqlServerFortuneDbContext>().UseSqlServer("Server=localhost;TrustServerCertificate=true").Options, tenant),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
    }
}
