using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.Application.Ai;

/// <summary>
/// <c>POST /api/templates/ai/detect-provider</c> (seed §4, ADR 53): names the provider from the key's format and lists its
/// models by calling that provider's models endpoint with the key. The key is used for that one call: never stored,
/// never logged, never echoed (errors name the field, not the value).
/// </summary>
public sealed partial class ProviderDetector(
    IHttpClientFactory http, IOptions<NotionForgeAiOptions> options, ILogger<ProviderDetector> logger)
{
    public const string Field = "api_key";

    /// <summary>The provider a key's format names, or null. Most specific prefix first (<c>sk-ant-</c> before <c>sk-</c>).</summary>
    public static string? ProviderOf(string key) => key switch
    {
        _ when key.StartsWith("sk-ant-", StringComparison.Ordinal) => "anthropic",
        _ when key.StartsWith("gsk_", StringComparison.Ordinal) => "groq",
        _ when key.StartsWith("AIza", StringComparison.Ordinal) => "gemini",
        _ when key.StartsWith("sk-", StringComparison.Ordinal) => "openai",
        _ => null,
    };

    public async Task<DetectedProvider> DetectAsync(string? apiKey, CancellationToken ct)
    {
        var key = apiKey?.Trim() ?? "";
        if (key.Length == 0) throw NotionForgeErrors.InvalidInput(Field, "'api_key' must not be empty.");
        // Also keeps anything that could break a header (CR, LF, spaces) from reaching HttpClient.
        if (!KeyShape().IsMatch(key)) throw NotionForgeErrors.InvalidInput(Field, "'api_key' must be 8–300 letters, digits, '-', '_' or '.'.");
        var provider = ProviderOf(key)
            ?? throw NotionForgeErrors.InvalidInput(Field, "The key's format matches no known provider (openai sk-…, anthropic sk-ant-…, groq gsk_…, gemini AIza…).");
        if (!options.Value.DetectBaseUrls.TryGetValue(provider, out var root))
            return new DetectedProvider(provider, [], $"Listing {provider} models is not configured on this host.");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.DetectTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Root(root), provider == "anthropic" ? "models?limit=100" : "models"));
            if (provider == "anthropic")
            {
                request.Headers.Add("x-api-key", key);
                request.Headers.Add("anthropic-version", "2023-06-01");
            }
            else request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await http.CreateClient(NotionForgeAiServices.DetectHttpClient).SendAsync(request, timeout.Token);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                throw NotionForgeErrors.InvalidInput(Field, $"{provider} refused the key (HTTP {(int)response.StatusCode}).");
            if (!response.IsSuccessStatusCode)
                return Unlisted(provider, $"HTTP {(int)response.StatusCode}");
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            return new DetectedProvider(provider, await ModelsAsync(body, timeout.Token), null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw NotionForgeErrors.Timeout($"{provider} did not list its models within {options.Value.DetectTimeout.TotalSeconds:0.#} s.", new { provider });
        }
        catch (Exception e) when (e is HttpRequestException or JsonException)
        {
            return Unlisted(provider, e.GetType().Name);
        }
    }

    private DetectedProvider Unlisted(string provider, string reason)
    {
        logger.LogInformation("Listing {Provider} models failed: {Reason}", provider, reason);
        return new DetectedProvider(provider, [], $"The key's format is {provider}'s, but its models could not be listed ({reason}).");
    }

    private static async Task<IReadOnlyList<ProviderModel>> ModelsAsync(Stream body, CancellationToken ct)
    {
        using var json = await JsonDocument.ParseAsync(body, cancellationToken: ct);
        if (!json.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array) return [];
        var models = new List<ProviderModel>();
        foreach (var item in data.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("id", out var id) || id.GetString() is not { } value) continue;
            var name = item.TryGetProperty("display_name", out var display) && display.GetString() is { } shown ? shown : value;
            models.Add(new ProviderModel(value.StartsWith("models/", StringComparison.Ordinal) ? value[7..] : value, name));
        }
        return models;
    }

    private static Uri Root(Uri root) => root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");

    [GeneratedRegex("^[A-Za-z0-9_.-]{8,300}$")]
    private static partial Regex KeyShape();
}

/// <summary>The seed's <c>{provider, models: [{id, name}]}</c>; <c>message</c> says why the list is empty when it is.</summary>
public sealed record DetectedProvider(string Provider, IReadOnlyList<ProviderModel> Models, string? Message);

public sealed record ProviderModel(string Id, string Name);
