using System.Data.Common;
using System.Net;
using System.Text.Json;
using Forge.Host.Authentication;
using Forge.Hosting.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace Forge.Host.Tests;

/// <summary>
/// What issue 9's request-path work took off every request (ADR 35) without changing what a request gets:
/// OpenIddict's server still answers its own endpoints though API requests no longer pass through it, and a pooled
/// SQLite connection keeps the settings it was given when first opened (ADR 22) without being given them again.
/// (Bearer tokens, token issue and refusals are <see cref="OAuthTests"/>.)
/// </summary>
public sealed class RequestPathTrimTests(DefaultHostFixture fixture) : IClassFixture<DefaultHostFixture>
{
    [Fact]
    public async Task OpenIddicts_endpoints_are_still_served_and_are_the_only_paths_offered_to_its_server_handler()
    {
        var paths = new OpenIddictEndpointPaths(fixture.Host.Services.GetRequiredService<IOptions<OpenIddictServerOptions>>().Value);
        paths.Contains("/connect/token").ShouldBeTrue();
        paths.Contains("/connect/token/").ShouldBeTrue();
        paths.Contains("/.well-known/openid-configuration").ShouldBeTrue();
        paths.Contains("/api/platform/whoami").ShouldBeFalse();
        paths.Contains("/v1/fortunes").ShouldBeFalse();

        var discovery = await fixture.Host.Client.GetAsync("/.well-known/openid-configuration");
        discovery.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = JsonDocument.Parse(await discovery.Content.ReadAsStringAsync()).RootElement;
        document.GetProperty("token_endpoint").GetString()!.ShouldEndWith("/connect/token");
        (await fixture.Host.Client.GetAsync(new Uri(document.GetProperty("jwks_uri").GetString()!).AbsolutePath)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_sqlite_native_connection_is_set_up_once_and_keeps_its_settings_when_reopened_from_the_pool()
    {
        // A pool of our own (a file nobody else opens), so the native connection handed back is ours to recognise.
        var file = Path.Combine(Path.GetTempPath(), $"forge-setup-{Guid.NewGuid():N}.db");
        try
        {
            await using var connection = new SqliteConnection($"Data Source={file};Pooling=True");
            await OpenAsync(connection);
            var native = connection.Handle;
            (await ScalarAsync(connection, "PRAGMA busy_timeout")).ShouldBe((long)SqliteConnectionSetup.BusyTimeoutMs);
            (await ScalarAsync(connection, "PRAGMA synchronous")).ShouldBe(1L); // NORMAL
            (await ScalarAsync(connection, "PRAGMA journal_mode")).ShouldBe("wal");

            // Mark the native connection: if the set-up ran again on the next open, the mark would be overwritten.
            await ScalarAsync(connection, "PRAGMA busy_timeout = 1234");
            await connection.CloseAsync();
            await OpenAsync(connection);
            connection.Handle.ShouldBeSameAs(native); // the pool gave the same native connection back
            (await ScalarAsync(connection, "PRAGMA busy_timeout")).ShouldBe(1234L);

            // Another native connection (the first is still open) is set up on its first open.
            await using var second = new SqliteConnection($"Data Source={file};Pooling=True");
            await OpenAsync(second);
            second.Handle.ShouldNotBeSameAs(native);
            (await ScalarAsync(second, "PRAGMA busy_timeout")).ShouldBe((long)SqliteConnectionSetup.BusyTimeoutMs);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in Directory.GetFiles(Path.GetDirectoryName(file)!, Path.GetFileName(file) + "*")) File.Delete(f);
        }
    }

    private static async Task OpenAsync(SqliteConnection connection)
    {
        await connection.OpenAsync();
        // What EF does after every open of a context's connection (the interceptor reads nothing from the event data).
        await SqliteConnectionSetup.Instance.ConnectionOpenedAsync(connection, null!);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is long or int ? Convert.ToInt64(value) : value;
    }
}
