namespace Forge.Hosting.OpenApi;

/// <summary>Where a declared parameter travels.</summary>
public enum ApiParameterLocation
{
    Query,
    Header,
}

/// <summary>
/// A query or header parameter that the handler reads itself (so the API explorer cannot see it), declared
/// for the OpenAPI document: its .NET type gives the JSON schema type and format (<c>int</c> → integer,
/// <c>DateOnly</c> → string/date, <c>DateTimeOffset</c> → string/date-time); <paramref name="Allowed"/> lists an enum.
/// </summary>
public sealed record ApiParameterMetadata(
    string Name,
    ApiParameterLocation Location,
    Type Type,
    string Description,
    bool Required = false,
    IReadOnlyList<string>? Allowed = null,
    object? Default = null,
    int? Minimum = null,
    int? Maximum = null);
