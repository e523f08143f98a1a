using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Forge.Fortune.HttpApi;

/// <summary>The <c>req_…</c> id of a call: in <c>X-Request-Id</c> and in every error's <c>meta.request_id</c>.</summary>
internal static class FortuneRequestId
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string Get(HttpContext context)
    {
        if (context.Items[typeof(FortuneRequestId)] is string id) return id;
        id = "req_" + RandomNumberGenerator.GetString(Alphabet, 20);
        context.Items[typeof(FortuneRequestId)] = id;
        if (!context.Response.HasStarted) context.Response.Headers["X-Request-Id"] = id;
        return id;
    }
}
