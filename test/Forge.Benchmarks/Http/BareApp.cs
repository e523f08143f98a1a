using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Forge.Benchmarks.Http;

/// <summary>
/// The baseline of <c>etc/scripts/bench-http.sh</c> (issue 9): a plain ASP.NET Core minimal API with no
/// authentication, no tenants, no quotas and no metering that answers what Forge answers from the same
/// database with the same SQL and the same JSON. The difference between the two is what the platform costs.
/// <code>
/// dotnet test/Forge.Benchmarks/bin/Release/net10.0/Forge.Benchmarks.dll bare --db sqlite|postgresql
///   --connection "Data Source=…/forge.db" --tenant &lt;tenant id&gt; --urls http://127.0.0.1:5099
/// </code>
/// It knows nothing of Forge's code (only its tables and wire format), so Forge's internals can change under it.
/// </summary>
internal static class BareApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var db = BareDatabase.Open(Arg(args, "--db"), Arg(args, "--connection"), Guid.Parse(Arg(args, "--tenant")));
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls(Arg(args, "--urls"));
        // The production template's levels, set here so Forge's appsettings.json (copied next to this assembly) plays no part.
        builder.Logging.ClearProviders().AddConsole()
            .AddFilter(null, LogLevel.Information).AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(db);
        // Forge's next_cursor is a Data Protection payload; the bare one is made the same way (keys in memory only).
        builder.Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            // Forge writes with System.Text.Json's default encoder (Korean as \uXXXX); same bytes on the wire here.
            o.SerializerOptions.Encoder = JavaScriptEncoder.Default;
        });

        await using var app = builder.Build();
        app.MapGet("/health", () => "ok");
        app.MapGet("/hello", () => TypedResults.Ok(new Hello("hello", "bare")));
        app.MapGet("/v1/fortunes", async (string? limit, BareDatabase store, IDataProtectionProvider cursors, CancellationToken ct) =>
            int.TryParse(limit ?? "20", NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100
                ? Results.Ok(await store.ListAsync(n, cursors.CreateProtector("bare-cursor"), ct))
                : Results.BadRequest(new { error = "limit must be an integer from 1 to 100." }));
        app.MapPost("/v1/fortunes", async (BareFortuneRequest body, BareDatabase store, CancellationToken ct) =>
            await store.FindAsync(body, ct) is { } fortune ? Results.Ok(fortune) : Results.NotFound());
        await app.RunAsync();
        return 0;
    }

    private static string Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"bare: {name} is required.");
    }

    private sealed record Hello(string Message, string Server);
}
