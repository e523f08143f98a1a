using System.Data.Common;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Forge.Benchmarks.Http;

/// <summary>
/// The bare app's data access: ADO.NET on the provider libraries Forge's EF Core uses (Microsoft.Data.Sqlite,
/// Npgsql) with the SQL EF Core generates for Forge's <c>GET /v1/fortunes</c> (a <c>COUNT(*)</c> over the
/// tenant's rows, then the keyset page of the list item's columns, on one open connection as Forge does) and for the cached <c>POST /v1/fortunes</c> lookup (the row by its
/// unique key). Both providers accept <c>@name</c> parameters, so the SQL text is shared.
/// </summary>
internal sealed class BareDatabase(DbDataSource source, object tenantParameter)
{
    private const string Columns = """
        "f"."Id", "f"."CacheHits", "f"."CategoriesJson", "f"."Engine", "f"."FortuneDate", "f"."FortuneType",
        "f"."GeneratedAt", "f"."LuckyItemsJson", "f"."Model", "f"."ProfileId", "f"."Score", "f"."Summary"
        """;

    // The list page projects the list item's columns (ADR 45), in the order of Forge's FortuneListRow projection.
    private const string ListColumns = """
        "f"."Id", "f"."ProfileId", "f"."FortuneType", "f"."FortuneDate", "f"."Model", "f"."Engine", "f"."Score",
        "f"."Summary", "f"."CacheHits", "f"."GeneratedAt"
        """;

    private const string CountSql = """SELECT COUNT(*) FROM "fortune_fortunes" AS "f" WHERE "f"."TenantId" = @tenant""";

    private const string PageSql = $"""
        SELECT {ListColumns} FROM "fortune_fortunes" AS "f" WHERE "f"."TenantId" = @tenant
        ORDER BY "f"."GeneratedAt" DESC, "f"."Id" DESC LIMIT @limit
        """;

    private const string FindSql = $"""
        SELECT {Columns} FROM "fortune_fortunes" AS "f"
        WHERE "f"."TenantId" = @tenant AND "f"."ProfileId" = @profile AND "f"."FortuneType" = @type
          AND "f"."FortuneDate" = @date AND "f"."Model" = @model
        LIMIT 1
        """;

    /// <summary>Without an AI provider every stored fortune is the built-in engine's.</summary>
    private const string BuiltinModel = "builtin";

    private const string BuiltinDisclaimer = "이 풀이는 명리학 규칙에 따라 자동으로 계산된 결과이며, AI가 작성한 해석이 아닙니다. 참고용으로만 활용하세요.";

    public static BareDatabase Open(string provider, string connectionString, Guid tenant) => provider.ToLowerInvariant() switch
    {
        // EF Core's SQLite provider stores a Guid as upper-case TEXT; Npgsql's is a uuid.
        "sqlite" => new(SqliteFactory.Instance.CreateDataSource(connectionString), tenant.ToString().ToUpperInvariant()),
        "postgresql" => new(NpgsqlDataSource.Create(connectionString), tenant),
        _ => throw new ArgumentException($"bare: --db must be sqlite or postgresql, not '{provider}'."),
    };

    public async Task<BareList> ListAsync(int limit, IDataProtector cursors, CancellationToken ct)
    {
        await using var connection = await source.OpenConnectionAsync(ct);
        await using var count = Command(connection, CountSql);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);

        await using var page = Command(connection, PageSql);
        Add(page, "limit", limit + 1);
        var rows = new List<BareListRow>(limit + 1);
        await using (var reader = await page.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) rows.Add(BareListRow.Read(reader));

        var hasMore = rows.Count > limit;
        if (hasMore) rows.RemoveAt(rows.Count - 1);
        var next = hasMore ? cursors.Protect(rows[^1].GeneratedAt.Ticks.ToString(CultureInfo.InvariantCulture) + "|" + rows[^1].Id) : null;
        return new BareList(rows.Select(r => r.Item()).ToList(), hasMore, next, total);
    }

    public async Task<BareFortune?> FindAsync(BareFortuneRequest request, CancellationToken ct)
    {
        if (request.ProfileId is null || request.FortuneType is null || request.FortuneDate is null) return null;
        var date = DateOnly.ParseExact(request.FortuneDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var periodStart = request.FortuneType switch
        {
            "monthly" => new DateOnly(date.Year, date.Month, 1),
            "yearly" => new DateOnly(date.Year, 1, 1),
            _ => date,
        };
        await using var connection = await source.OpenConnectionAsync(ct);
        await using var find = Command(connection, FindSql);
        Add(find, "profile", request.ProfileId);
        Add(find, "type", request.FortuneType);
        Add(find, "date", periodStart);
        Add(find, "model", BuiltinModel);
        await using var reader = await find.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? BareFortuneRow.Read(reader).Full(BuiltinDisclaimer) : null;
    }

    private DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "tenant", tenantParameter);
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
