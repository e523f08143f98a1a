using System.Text.Json;

namespace Forge.Hosting.ProductApi;

/// <summary>
/// A product API as its module declares it (<c>context.AddProduct(...)</c>): the platform issues,
/// recognises and scopes credentials from it, and the kernel's API helpers (errors, binding,
/// idempotency, quotas) read their per-product settings from it. ADR 17.
/// </summary>
public sealed record ProductDefinition
{
    public ProductDefinition(string name, ApiKeyShape apiKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        ApiKey = apiKey;
        Scope = name;
        DisplayName = char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>How people see the name (console, first-start output).</summary>
    public string DisplayName { get; init; }

    /// <summary>Lower-case name used in keys' rows, usage, configuration and route metadata.</summary>
    public string Name { get; }

    /// <summary>The key's shape and the header(s) it is sent in.</summary>
    public ApiKeyShape ApiKey { get; }

    /// <summary>The OAuth scope that grants this API (defaults to the name).</summary>
    public string Scope { get; init; }

    /// <summary>Writes errors on this product's routes; null means RFC 9457 problem documents.</summary>
    public Type? ErrorWriter { get; init; }

    public JsonNaming JsonNaming { get; init; } = JsonNaming.SnakeCase;

    /// <summary>What a request body's unknown members do: the architecture guide's default is to ignore them.</summary>
    public UnknownFieldPolicy UnknownFields { get; init; } = UnknownFieldPolicy.Ignore;

    /// <summary>The response header that carries the call's request id.</summary>
    public string RequestIdHeader { get; init; } = "X-Request-Id";

    /// <summary>How the product's routes take idempotency keys (header, key rules, replay mode; ADR 32); null for none.</summary>
    public Idempotency.IdempotencyPolicy? Idempotency { get; init; }

    /// <summary>Largest request body read, with or without Content-Length.</summary>
    public long MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>The product's wire JSON (naming policy; nulls written). One instance per definition, so its metadata cache is reused.</summary>
    public JsonSerializerOptions JsonOptions => ProductJsonOptions.For(this).Write;

    /// <summary><see cref="JsonOptions"/> plus the unknown-field policy, for reading request bodies.</summary>
    public JsonSerializerOptions ReadJsonOptions => ProductJsonOptions.For(this).Read;
}

public enum JsonNaming
{
    SnakeCase,
    CamelCase,
}

public enum UnknownFieldPolicy
{
    Ignore,
    Refuse,
}
