using Forge.NotionForge.Contracts.Blueprints;
using Markdig.Syntax.Inlines;

namespace Forge.NotionForge.Application.Documents;

/// <summary>
/// Markdown inline content as formatted runs (ADR 52): <c>**bold**</c>, <c>*italic*</c>, <c>~~strike~~</c>,
/// <c>`code`</c> and links (http(s) only; others stay text) nest as Notion's annotations do; a hard or soft line
/// break is a line break; an image is its alt text linked to the image.
/// </summary>
internal static class MarkdownInlines
{
    public static List<RichTextDto> Runs(ContainerInline? inline)
    {
        var runs = new List<RichTextDto>();
        if (inline is not null) Walk(inline, new RichTextDto(), runs);
        return Merge(runs);
    }

    private static void Walk(Inline inline, RichTextDto style, List<RichTextDto> runs)
    {
        switch (inline)
        {
            case LiteralInline literal:
                runs.Add(style with { Text = literal.Content.ToString() });
                break;
            case CodeInline code:
                runs.Add(style with { Text = code.Content, Code = true });
                break;
            case LineBreakInline:
                runs.Add(style with { Text = "\n" });
                break;
            case HtmlEntityInline entity:
                runs.Add(style with { Text = entity.Transcoded.ToString() });
                break;
            case HtmlInline html:
                runs.Add(style with { Text = html.Tag });
                break;
            case AutolinkInline auto:
                runs.Add(style with { Text = auto.Url, Link = Link(auto.IsEmail ? null : auto.Url) });
                break;
            case LinkInline link:
                var linked = style with { Link = Link(link.Url) ?? style.Link };
                if (link.FirstChild is null) runs.Add(linked with { Text = link.Url ?? "" });
                else Children(link, linked, runs);
                break;
            case EmphasisInline emphasis:
                Children(emphasis, emphasis.DelimiterChar == '~' ? style with { Strikethrough = true }
                    : emphasis.DelimiterCount >= 2 ? style with { Bold = true } : style with { Italic = true }, runs);
                break;
            case ContainerInline container:
                Children(container, style, runs);
                break;
        }
    }

    private static void Children(ContainerInline container, RichTextDto style, List<RichTextDto> runs)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling) Walk(child, style, runs);
    }

    private static string? Link(string? url) =>
        url is { Length: <= 2000 } && Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? url : null;

    /// <summary>Neighbouring runs with the same formatting become one (fewer rich text objects).</summary>
    private static List<RichTextDto> Merge(List<RichTextDto> runs)
    {
        var merged = new List<RichTextDto>();
        foreach (var run in runs.Where(r => r.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1] with { Text = "" } == run with { Text = "" })
                merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            else merged.Add(run);
        }

        return merged;
    }
}
