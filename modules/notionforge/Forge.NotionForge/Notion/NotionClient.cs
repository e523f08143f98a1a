using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Forge.NotionForge.Notion.Limits;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Forge.NotionForge.Notion;

/// <summary>
/// Forge's Notion client (no .NET SDK speaks the current API): typed operations on a pooled <see cref="HttpClient"/>
/// whose pipeline retries (429 with <c>Retry-After</c>, 409, 5xx) and paces every attempt per connection (ADR 41).
/// Every payload is brought within Notion's limits before it is sent; what cannot be is refused with
/// <see cref="NotionErrorCodes.ValidationError"/> naming the field.
/// </summary>
public sealed partial class NotionClient(HttpClient http, IOptions<NotionOptions> options)
{
    private readonly string _version = options.Value.Version;

    public Task<NotionObject> RetrievePageAsync(string token, string pageId, CancellationToken ct = default) =>
        ObjectAsync(token, HttpMethod.Get, $"v1/pages/{Id(pageId)}", null, ct);

    public Task<NotionObject> RetrieveDatabaseAsync(string token, string databaseId, CancellationToken ct = default) =>
        ObjectAsync(token, HttpMethod.Get, $"v1/databases/{Id(databaseId)}", null, ct);

    public Task<NotionObject> RetrieveDataSourceAsync(string token, string dataSourceId, CancellationToken ct = default) =>
        ObjectAsync(token, HttpMethod.Get, $"v1/data_sources/{Id(dataSourceId)}", null, ct);

    /// <summary>Changes a data source's schema: add or change properties, <c>null</c> removes one.</summary>
    public Task<NotionObject> UpdateDataSourceAsync(string token, string dataSourceId, JsonObject properties, CancellationToken ct = default) =>
        ObjectAsync(token, HttpMethod.Patch, $"v1/data_sources/{Id(dataSourceId)}", new JsonObject { ["properties"] = properties.DeepClone() }, ct);

    /// <summary>Updates a page's property values and/or moves it to or from the trash.</summary>
    public Task<NotionObject> UpdatePageAsync(string token, string pageId, JsonObject? properties = null, bool? inTrash = null, CancellationToken ct = default)
    {
        var body = new JsonObject();
        if (properties is not null) body["properties"] = PropertyLimits.CheckValues(properties);
        if (inTrash is { } trash) body["in_trash"] = trash;
        return ObjectAsync(token, HttpMethod.Patch, $"v1/pages/{Id(pageId)}", body, ct);
    }

    /// <summary>Searches what the connection can see; <paramref name="objectType"/> is <c>page</c> or <c>data_source</c>.</summary>
    public async Task<NotionList> SearchAsync(
        string token, string? query, string? objectType = null, string? startCursor = null, int pageSize = 100, CancellationToken ct = default)
    {
        var body = new JsonObject { ["page_size"] = Math.Clamp(pageSize, 1, 100) };
        if (!string.IsNullOrEmpty(query)) body["query"] = query;
        if (objectType is not null) body["filter"] = new JsonObject { ["property"] = "object", ["value"] = objectType };
        if (startCursor is not null) body["start_cursor"] = startCursor;
        return NotionList.From(await SendAsync(Bearer(token), HttpMethod.Post, "v1/search", body, ct));
    }

    public Task<NotionObject> CreateCommentAsync(string token, string pageId, string text, CancellationToken ct = default) =>
        ObjectAsync(token, HttpMethod.Post, "v1/comments", new JsonObject
        {
            ["parent"] = new JsonObject { ["page_id"] = pageId },
            ["rich_text"] = RichTextSplitter.SplitWithin(RichTextSplitter.FromText(text), "rich_text"),
        }, ct);

    /// <summary>The connection's bot user (<c>GET /v1/users/me</c>): proves a token works.</summary>
    public Task<NotionObject> GetSelfAsync(string token, CancellationToken ct = default) =>
        ObjectAsync(token, HttpMethod.Get, "v1/users/me", null, ct);

    /// <summary>Exchanges an OAuth authorization code for the connection's token (HTTP Basic with the client's secret).</summary>
    public async Task<NotionOAuthGrant> ExchangeOAuthCodeAsync(
        string clientId, string clientSecret, string code, string? redirectUri, CancellationToken ct = default)
    {
        var body = new JsonObject { ["grant_type"] = "authorization_code", ["code"] = code };
        if (redirectUri is not null) body["redirect_uri"] = redirectUri;
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
        return NotionOAuthGrant.From(await SendAsync(basic, HttpMethod.Post, "v1/oauth/token", body, ct));
    }

    private async Task<NotionObject> ObjectAsync(string token, HttpMethod method, string path, JsonObject? body, CancellationToken ct) =>
        new(await SendAsync(Bearer(token), method, path, body, ct));

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    /// <summary>Path segments are ids only: anything else would change the request's target.</summary>
    private static string Id(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? id
            : throw NotionApiException.Limit("id", $"'{id}' is not a Notion id.");

    private async Task<JsonElement> SendAsync(AuthenticationHeaderValue auth, HttpMethod method, string path, JsonObject? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = auth;
        request.Headers.Add("Notion-Version", _version);
        if (body is not null)
        {
            var bytes = NotionJson.ToUtf8(body);
            if (bytes.Length > NotionLimits.PayloadBytes)
                throw NotionApiException.Limit("body", $"The request weighs {bytes.Length} bytes; Notion accepts at most {NotionLimits.PayloadBytes}.");
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (Exception e) when (e is TimeoutRejectedException || e is OperationCanceledException && !ct.IsCancellationRequested)
        {
            throw new NotionApiException(NotionErrorCodes.Timeout, $"Notion did not answer {method} /{path} in time.", inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new NotionApiException(NotionErrorCodes.InternalError, $"Notion could not be reached: {e.Message}", inner: e);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode) throw NotionErrorMapper.FromResponse(response.StatusCode, text);
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.Clone();
        }
    }
}
