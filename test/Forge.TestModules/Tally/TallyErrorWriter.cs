using Forge.Hosting.Errors;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Http;

namespace Forge.TestModules.Tally;

/// <summary>Tally's envelope, the Analysis shape: <c>{success:false, data:null, message, code, metadata}</c>.</summary>
public sealed class TallyErrorWriter : IProductErrorWriter
{
    public string Product => TallyModule.Product;

    public Task WriteAsync(HttpContext context, PlatformError error) =>
        Write(context, error.Kind.ToString().ToUpperInvariant(), error.Message, new Dictionary<string, object?>());

    public Task WriteAsync(HttpContext context, ProductApiException error)
    {
        var metadata = new Dictionary<string, object?>(error.Metadata);
        if (error.Field is not null) metadata["field"] = error.Field;
        return Write(context, error.Code.ToUpperInvariant(), error.Message, metadata);
    }

    private static Task Write(HttpContext context, string code, string message, IReadOnlyDictionary<string, object?> metadata) =>
        context.Response.WriteAsJsonAsync(new { success = false, data = (object?)null, message, code, metadata }, TallyModule.Definition.JsonOptions);
}
