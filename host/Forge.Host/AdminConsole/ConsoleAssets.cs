using System.Reflection;
using System.Security.Cryptography;

namespace Forge.Host.AdminConsole;

/// <summary>
/// The console's stylesheet and script, embedded in the assembly (no static-file folder to deploy
/// or lose) and served with an ETag so browsers revalidate cheaply.
/// </summary>
public static class ConsoleAssets
{
    private static readonly (string Path, string Resource, string ContentType)[] Files =
    [
        ("/console/assets/console.css", "console.css", "text/css; charset=utf-8"),
        ("/console/assets/console.js", "console.js", "text/javascript; charset=utf-8"),
    ];

    public static void MapConsoleAssets(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (path, resource, contentType) in Files)
        {
            var bytes = Load(resource);
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"";
            endpoints.MapGet(path, (HttpContext context) =>
            {
                context.Response.Headers.ETag = etag;
                context.Response.Headers.CacheControl = "public, max-age=300";
                if (context.Request.Headers.IfNoneMatch == etag) return Results.StatusCode(StatusCodes.Status304NotModified);
                return Results.Bytes(bytes, contentType);
            }).AllowAnonymous().ExcludeFromDescription();
        }
    }

    private static byte[] Load(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream($"Forge.Host.AdminConsole.Assets.{name}")
                           ?? throw new InvalidOperationException($"Console asset '{name}' is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
