using Forge.Host.Data;
using Forge.Hosting.MultiTenancy;
using Forge.TestModules.Data;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Tests;

/// <summary>Every context, every provider: the model has no change that no migration captures.</summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Contexts() =>
    [
        nameof(SqlitePlatformDbContext), nameof(PostgreSqlPlatformDbContext), nameof(SqlServerPlatformDbContext),
        nameof(SqliteNotesDbContext), nameof(PostgreSqlNotesDbContext), nameof(SqlServerNotesDbContext),
    ];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_model_matches_the_migrations(string context)
    {
        using var db = Create(context);
        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"{context} has model changes without a migration: run etc/scripts/add-migration.sh <Name> <project> <Context>");
    }

    private static DbContext Create(string context)
    {
        var tenant = new CurrentTenant();
        const string pg = "Host=localhost", ss = "Server=localhost;TrustServerCertificate=true", lite = "Data Source=:memory:";
        return context switch
        {
            nameof(SqlitePlatformDbContext) => new SqlitePlatformDbContext(new DbContextOptionsBuilder<SqlitePlatformDbContext>().UseSqlite(lite).Options, tenant),
            nameof(PostgreSqlPlatformDbContext) => new PostgreSqlPlatformDbContext(new DbContextOptionsBuilder<PostgreSqlPlatformDbContext>().UseNpgsql(pg).Options, tenant),
            nameof(SqlServerPlatformDbContext) => new SqlServerPlatformDbContext(new DbContextOptionsBuilder<SqlServerPlatformDbContext>().UseSqlServer(ss).Options, tenant),
            nameof(SqliteNotesDbContext) => new SqliteNotesDbContext(new DbContextOptionsBuilder<SqliteNotesDbContext>().UseSqlite(lite).Options, tenant),
            nameof(PostgreSqlNotesDbContext) => new PostgreSqlNotesDbContext(new DbContextOptionsBuilder<PostgreSqlNotesDbContext>().UseNpgsql(pg).Options, tenant),
            nameof(SqlServerNotesDbContext) => new SqlServerNotesDbContext(new DbContextOptionsBuilder<SqlServerNotesDbContext>().UseSqlServer(ss).Options, tenant),
            _ => throw new ArgumentOutOfRangeException(nameof(context)),
        };
    }
}
