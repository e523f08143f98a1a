using System.Data.Common;
using System.Diagnostics;
using Forge.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Forge.Benchmarks.Fortune;

/// <summary>
/// <c>dotnet run -c Release --project test/Forge.Benchmarks -- explain-fortune-list</c> (PostgreSQL): seeds the
/// 1,000,000 fortunes, sends the first and the deep page of every filter through the API, captures the SQL EF
/// actually ran (its diagnostic events) and prints PostgreSQL's <c>EXPLAIN (ANALYZE, BUFFERS)</c> of each.
/// </summary>
internal static class FortuneListExplain
{
    public static async Task RunAsync()
    {
        if (!TestDatabase.IsPostgreSql) throw new InvalidOperationException("Set FORGE_TEST_DB=PostgreSql: the plans worth reading are PostgreSQL's.");
        var fixture = await FortuneListFixture.GetAsync();
        var captured = new List<(string Sql, NpgsqlParameter[] Parameters)>();
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name != DbLoggerCategory.Name) return;
            listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
            {
                if (e.Key != RelationalEventId.CommandExecuting.Name || e.Value is not CommandEventData data) return;
                if (!data.Command.CommandText.Contains("fortune_fortunes", StringComparison.Ordinal)) return;
                var parameters = data.Command.Parameters.Cast<DbParameter>()
                    .Select(p => new NpgsqlParameter(p.ParameterName, p.Value ?? DBNull.Value)).ToArray();
                lock (captured) captured.Add((data.Command.CommandText, parameters));
            }));
        }));

        foreach (var (name, query, sql) in FortuneListFixture.Filters)
        {
            var count = await fixture.CountAsync(sql);
            var cursor = await fixture.CursorAfterAsync(sql, count * 9 / 10);
            var first = "/v1/fortunes?limit=20" + (query.Length > 0 ? "&" + query : "");
            foreach (var (page, url) in new[] { ("first", first), ("deep", first + "&cursor=" + Uri.EscapeDataString(cursor)) })
            {
                lock (captured) captured.Clear();
                (await fixture.Client.GetAsync(url)).EnsureSuccessStatusCode();
                List<(string Sql, NpgsqlParameter[] Parameters)> commands;
                lock (captured) commands = captured.ToList();
                foreach (var (text, parameters) in commands)
                {
                    Console.WriteLine($"==== {name} / {page} page ({count:N0} rows match)\n{text}");
                    Console.WriteLine(await ExplainAsync(fixture, text, parameters));
                }
            }
        }
    }

    private static async Task<string> ExplainAsync(FortuneListFixture fixture, string sql, NpgsqlParameter[] parameters)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
        foreach (var p in parameters) command.Parameters.Add(p.Clone());
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join('\n', lines);
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnNext(T value) => next(value);
        public void OnError(Exception error) { }
        public void OnCompleted() { }
    }
}
