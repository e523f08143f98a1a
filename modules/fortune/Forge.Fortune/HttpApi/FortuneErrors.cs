using Forge.Hosting.ProductApi;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Forge.Fortune.HttpApi;

/// <summary>The Fortune error envelope (ADR 7): <c>{success:false, error:{code,type,message,field?,retry_after?}, meta:{request_id}}</c>.</summary>
internal static class FortuneErrors
{
    public static IResult Result(HttpContext context, int status, string code, string type, string message, string? field = null, int? retryAfter = null) =>
        TypedResults.Json(Body(context, code, type, message, field, retryAfter), statusCode: status);

    public static Task WriteAsync(HttpContext context, int status, string code, string type, string message, string? field = null, int? retryAfter = null)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(Body(context, code, type, message, field, retryAfter));
    }

    private static ErrorEnvelope Body(HttpContext context, string code, string type, string message, string? field, int? retryAfter) =>
        new(false, new ErrorBody(code, type, message, field, retryAfter), new ErrorMeta(ProductRequestId.Get(context)));

    internal sealed record ErrorEnvelope(
        [property: JsonPropertyName("success")] bool Success,
        [property: JsonPropertyName("error")] ErrorBody Error,
        [property: JsonPropertyName("meta")] ErrorMeta Meta);

    internal sealed record ErrorBody(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("message")] string Message,
        [property: JsonPropertyName("field"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Field,
        [property: JsonPropertyName("retry_after"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? RetryAfter);

    internal sealed record ErrorMeta([property: JsonPropertyName("request_id")] string RequestId);
}
