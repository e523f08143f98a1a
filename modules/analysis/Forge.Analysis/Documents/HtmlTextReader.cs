using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Forge.Analysis.Documents;

/// <summary>
/// HTML to text with AngleSharp: scripts, styles and other non-content dropped, block elements become
/// line breaks (paragraphs, headings, lists and tables a blank line), list items a "- " line, table
/// cells " | " within their row's line. The walk is iterative with a depth limit, so a document of
/// 100,000 nested elements fails cleanly instead of overflowing the stack.
/// </summary>
internal static class HtmlTextReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "embed", "canvas", "select",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "body", "caption", "dd", "details", "dialog", "div", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "li", "main", "nav", "section", "summary", "tr",
    };

    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre",
    };

    public static string Read(string html, ExtractionContext context)
    {
        if (HtmlNestingProbe.NestsDeeperThan(html, context.Options.MaxNestingDepth)) TooDeep(context);
        var document = new HtmlParser().ParseDocument(html);
        context.Checkpoint();
        var sink = context.NewSink();
        var root = (INode?)document.Body ?? document.DocumentElement;
        if (root is null) return "";

        // (node, depth, leaving): a node is pushed again as "leaving" to close its block after its children.
        var stack = new Stack<(INode Node, int Depth, bool Leaving)>();
        stack.Push((root, 0, false));
        var preDepth = 0;
        var visited = 0;
        while (stack.Count > 0)
        {
            var (node, depth, leaving) = stack.Pop();
            if (++visited % 1024 == 0) context.Checkpoint();
            if (node is IText text)
            {
                sink.Append(preDepth > 0 ? text.Data : FlattenLines(text.Data));
                continue;
            }
            if (node is not IElement element) continue;

            var name = element.LocalName;
            if (leaving)
            {
                if (name == "pre") preDepth--;
                if (Paragraphs.Contains(name)) sink.EndBlock();
                else if (Blocks.Contains(name)) sink.EndLine();
                continue;
            }
            if (Skipped.Contains(name)) continue;
            if (depth > context.Options.MaxNestingDepth) TooDeep(context);

            Open(element, name, sink, ref preDepth);
            stack.Push((node, depth, true));
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                stack.Push((child, depth + 1, false));
        }
        return sink.ToNormalizedText();
    }

    private static void Open(IElement element, string name, TextSink sink, ref int preDepth)
    {
        switch (name)
        {
            case "br":
                sink.Append('\n');
                break;
            case "li":
                sink.EndLine().Append("- ");
                break;
            case "td" or "th":
                if (element.PreviousElementSibling?.LocalName is "td" or "th") sink.Separate(" | ");
                break;
            case "pre":
                preDepth++;
                sink.EndLine();
                break;
            default:
                if (Paragraphs.Contains(name) || Blocks.Contains(name)) sink.EndLine();
                break;
        }
    }

    private static void TooDeep(ExtractionContext context) =>
        context.Fail(DocumentErrorCodes.ExceedsLimits, $"the HTML is nested deeper than {context.Options.MaxNestingDepth} elements.");

    // Outside <pre>, a line break in the source is only whitespace.
    private static string FlattenLines(string data) =>
        data.AsSpan().IndexOfAny('\r', '\n') < 0 ? data : data.Replace('\r', ' ').Replace('\n', ' ');
}
