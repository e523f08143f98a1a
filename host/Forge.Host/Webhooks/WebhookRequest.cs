using System.Text;
using Forge.Hosting.Webhooks;

namespace Forge.Host.Webhooks;

/// <summary>The signed POST of a webhook: the exact body bytes, JSON content type, the product's headers and the HMAC.</summary>
internal static class WebhookRequest
{
    public static HttpRequestMessage Build(string url, string body, IReadOnlyDictionary<string, string>? headers, string signatureHeader, string? secret)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            request.Headers.TryAddWithoutValidation(name, value);
        if (secret is not null)
            request.Headers.TryAddWithoutValidation(signatureHeader, WebhookSignature.Compute(secret, bytes));
        return request;
    }

    /// <summary>SocketsHttpHandler wraps whatever the connect callback throws in its own HttpRequestException.</summary>
    public static bool IsPrivateTargetRefusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is PrivateTargetException) return true;
        return false;
    }
}
