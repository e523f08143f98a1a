using System.Text;
using Forge.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Forge.Host.Usage;

/// <summary>
/// Raw usage rows as multi-row <c>INSERT … VALUES (…), (…)</c> statements (ADR 45): one statement per
/// <see cref="RowsPerStatement"/> rows instead of EF Core's tracked insert of one entity per request, which
/// reads every generated id back and was ≈ 15 % of a <c>whoami</c> load. Table and column names come from the
/// model and are quoted by the provider, and the values travel as parameters typed by the provider's mappings
/// (EF's own SQLite <c>Guid</c> and <c>DateTime</c> text forms), so the rows are the ones EF Core would write.
/// </summary>
internal static class UsageRecordInsert
{
    // Nine parameters a row: 200 rows stay under SQL Server's 2,100 parameters, the smallest limit of the three providers.
    private const int RowsPerStatement = 200;

    // SQLite finds a named parameter by a linear scan of the statement's parameter names, both when it parses the
    // statement and when Microsoft.Data.Sqlite binds each value by name, so a statement's parameters cost time
    // quadratic in their number: a 200-row statement (1,800 parameters) made libc's strncmp ≈ 5 % of a list
    // load's CPU, more than the rows' insert itself (ADR 55). In process there is no round trip to save, so a
    // few rows per statement: per row, what the scan costs grows with this number and what a statement costs shrinks.
    internal const int SqliteRowsPerStatement = 16;

    public static async Task InsertAsync(PlatformDbContext db, IReadOnlyList<UsageRecordRow> rows, CancellationToken ct)
    {
        var prefix = Prefix(db);
        var perStatement = db.Database.IsSqlite() ? SqliteRowsPerStatement : RowsPerStatement;
        for (var start = 0; start < rows.Count; start += perStatement)
        {
            var count = Math.Min(perStatement, rows.Count - start);
            var sql = new StringBuilder(prefix, prefix.Length + count * 64);
            var values = new object?[count * 9];
            for (var i = 0; i < count; i++)
            {
                var r = rows[start + i];
                var p = i * 9;
                sql.Append(i == 0 ? " VALUES " : ", ").Append('(');
                for (var c = 0; c < 9; c++) sql.Append(c == 0 ? "" : ", ").Append('{').Append(p + c).Append('}');
                sql.Append(')');
                values[p] = r.TenantId;
                values[p + 1] = r.CredentialType;
                values[p + 2] = r.CredentialId;
                values[p + 3] = r.Product;
                values[p + 4] = r.Method;
                values[p + 5] = r.RouteTemplate;
                values[p + 6] = r.StatusCode;
                values[p + 7] = r.LatencyMs;
                values[p + 8] = r.At;
            }
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), values!, ct);
        }
    }

    /// <summary><c>INSERT INTO "table" ("TenantId", …)</c> in the order <see cref="InsertAsync"/> binds the values.</summary>
    private static string Prefix(PlatformDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(UsageRecordRow))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string[] properties =
        [
            nameof(UsageRecordRow.TenantId), nameof(UsageRecordRow.CredentialType), nameof(UsageRecordRow.CredentialId),
            nameof(UsageRecordRow.Product), nameof(UsageRecordRow.Method), nameof(UsageRecordRow.RouteTemplate),
            nameof(UsageRecordRow.StatusCode), nameof(UsageRecordRow.LatencyMs), nameof(UsageRecordRow.At),
        ];
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(entity.FindProperty(p)!.GetColumnName(table)!)));
        return $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns})";
    }
}
