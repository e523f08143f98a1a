using Forge.NotionForge.Application;
using Forge.NotionForge.Application.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Forge.NotionForge.HttpApi;

/// <summary>
/// <c>POST /api/templates/document-to-notion</c> (seed §2, ADR 52): reads the multipart form — <c>file</c> (≤ 10 MB,
/// else <c>FILE_TOO_LARGE</c>), <c>notion_token</c> (optional with a connected workspace), <c>parent_page_id</c> — and
/// hands it to <see cref="DocumentToNotion"/>. The whole request is capped at the product's body limit, however sent.
/// </summary>
internal static class DocumentEndpoints
{
    private static readonly FormOptions Form = new()
    {
        MultipartBodyLengthLimit = NotionForgeProduct.MaxBodyBytes,
        ValueLengthLimit = 64 * 1024,
        ValueCountLimit = 16,
    };

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/templates/document-to-notion", async (HttpContext http, DocumentToNotion documents, CancellationToken ct) =>
            CatalogEndpoints.Json(await documents.ConvertAsync(await ReadAsync(http, ct), ct)));

    private static async Task<DocumentUpload> ReadAsync(HttpContext http, CancellationToken ct)
    {
        var request = http.Request;
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            throw NotionForgeErrors.Validation(DocumentSniffer.Field, "Send the upload as multipart/form-data with a 'file' field.");
        if (request.ContentLength > NotionForgeProduct.MaxBodyBytes) throw TooLarge();
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } cap) cap.MaxRequestBodySize = NotionForgeProduct.MaxBodyBytes;

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(Form, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }
        catch (InvalidDataException e) when (e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase))
        {
            throw TooLarge();
        }
        catch (InvalidDataException e)
        {
            throw NotionForgeErrors.Validation(DocumentSniffer.Field, $"The multipart body could not be read: {e.Message}");
        }

        var file = form.Files.GetFile(DocumentSniffer.Field) ?? throw NotionForgeErrors.Validation(DocumentSniffer.Field, "'file' is required.");
        if (file.Length > NotionForgeProduct.MaxUploadBytes) throw TooLarge();
        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream()) await stream.ReadExactlyAsync(content, ct);
        return new DocumentUpload(file.FileName, content, Field(form, "notion_token"), Field(form, "parent_page_id"));
    }

    private static string? Field(IFormCollection form, string name) => form.TryGetValue(name, out var v) && v.Count > 0 ? v[0] : null;

    private static Exception TooLarge() => NotionForgeErrors.FileTooLarge(DocumentSniffer.Field, NotionForgeProduct.MaxUploadBytes);
}
