using Forge.NotionForge.Application.Catalog;
using Forge.NotionForge.Application.Connections;
using Forge.NotionForge.Application.Generation;
using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Contracts.Blueprints;
using Forge.NotionForge.Planning;

namespace Forge.NotionForge.Application.Documents;

/// <summary>
/// <c>POST /api/templates/document-to-notion</c> (seed §2, ADR 52): an uploaded <c>.txt</c>, <c>.md</c> or <c>.csv</c>
/// becomes a blueprint (a page of blocks, or a page holding a database with rows), checked by the blueprint validator
/// against Notion's limits, and is created through a generation task like every template (ADR 42).
/// </summary>
public sealed class DocumentToNotion(NotionCredentials credentials, GenerationWait generation)
{
    public async Task<GenerateResultView> ConvertAsync(DocumentUpload upload, CancellationToken ct)
    {
        var parent = NotionIds.Normalize(upload.ParentPageId, "parent_page_id");
        var blueprint = Blueprint(upload.FileName, upload.Content);
        var credential = await credentials.ResolveAsync(upload.NotionToken, "notion_token", ct);
        return await generation.SubmitAndWaitAsync(
            new GenerationSubmission("document", credential.Token, credential.FromConnection, parent, null, blueprint, new PlanOptions()), ct);
    }

    /// <summary>The upload's blueprint, or the refusal naming <c>file</c> (with the validator's findings as details).</summary>
    public static BlueprintDto Blueprint(string? fileName, ReadOnlySpan<byte> content)
    {
        var kind = DocumentSniffer.KindOf(fileName);
        var text = DocumentSniffer.ReadText(content, kind);
        var title = Title(fileName);
        var blueprint = kind switch
        {
            DocumentKind.Csv => CsvDocument.Convert(title, text),
            DocumentKind.Markdown => MarkdownDocument.Convert(title, text),
            _ => TextDocument.Convert(title, text),
        };
        var errors = BlueprintValidator.Validate(blueprint);
        if (errors.Count > 0)
            throw NotionForgeErrors.Validation(DocumentSniffer.Field,
                $"The document does not fit in Notion: {errors[0].Message} ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}; see details).",
                errors.Take(20).ToList());
        return blueprint;
    }

    private static string Title(string? fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName ?? "").Trim();
        return stem.Length == 0 ? "Document" : stem.Length > 200 ? stem[..200] : stem;
    }
}

/// <summary>What the multipart form carried: the file's name and bytes, and the form fields.</summary>
public sealed record DocumentUpload(string? FileName, byte[] Content, string? NotionToken, string? ParentPageId);
