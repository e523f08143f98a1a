namespace Forge.Fortune.Application;

/// <summary>A request the API refuses, with the product's error code and type (ADR 7).</summary>
public sealed class FortuneApiException(int statusCode, string code, string type, string message, string? field = null) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public string Code { get; } = code;
    public string Type { get; } = type;
    public string? Field { get; } = field;

    public static FortuneApiException Missing(string field) =>
        new(400, FortuneErrorCodes.MissingField, FortuneErrorTypes.Validation, $"{field} is required.", field);

    public static FortuneApiException Invalid(string field, string message) =>
        new(400, FortuneErrorCodes.InvalidField, FortuneErrorTypes.Validation, message, field);
}
