namespace Forge.Hosting.ProductApi;

/// <summary>
/// A request a product API refuses, raised by application code (no HTTP types) and written by the
/// kernel's <see cref="ProductErrorFilter"/> through the product's error writer (ADR 18).
/// </summary>
/// <param name="kind">Decides the status code (<see cref="ProductErrorKinds.StatusOf"/>).</param>
/// <param name="code">The product's specific error code, e.g. <c>invalid_field</c>.</param>
/// <param name="field">The request field at fault (JSON path), when there is one.</param>
/// <param name="metadata">Extra members a product's envelope may carry (e.g. <c>retry_after</c>).</param>
public sealed class ProductApiException(
    ProductErrorKind kind, string code, string message, string? field = null, IReadOnlyDictionary<string, object?>? metadata = null)
    : Exception(message)
{
    public ProductErrorKind Kind { get; } = kind;
    public int Status => ProductErrorKinds.StatusOf(Kind);
    public string Code { get; } = code;
    public string? Field { get; } = field;
    public IReadOnlyDictionary<string, object?> Metadata { get; } = metadata ?? new Dictionary<string, object?>();

    public static ProductApiException Invalid(string code, string field, string message) => new(ProductErrorKind.Validation, code, message, field);
}
