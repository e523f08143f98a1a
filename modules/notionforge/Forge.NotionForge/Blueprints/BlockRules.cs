using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Blueprints;

/// <summary>Page body blocks: known types, text within limits, references (databases, sub pages) resolved.</summary>
internal sealed class BlockRules(BlueprintDto blueprint, IReadOnlySet<string> subPageTitles, BlueprintErrors errors)
{
    public void ValidateList(string path, IReadOnlyList<BlockDto> blocks, bool inColumn = false)
    {
        for (var i = 0; i < blocks.Count; i++) Validate($"{path}[{i}]", blocks[i], inColumn);
    }

    private void Validate(string at, BlockDto block, bool inColumn)
    {
        if (!BlueprintVocabulary.BlockTypes.Contains(block.Type))
        {
            errors.Add($"{at}.type", $"'{block.Type}' is not a block type.");
            return;
        }

        errors.RichText($"{at}.text", block.Text, required: false);
        errors.RichText($"{at}.title", block.Title, required: false);
        ValidateRuns(at, block.RichText);
        if (block.Color is { } color && !BlueprintVocabulary.IsColor(color))
            errors.Add($"{at}.color", $"'{color}' is not a Notion colour.");
        if (block.Children is { Count: > 0 } children)
        {
            if (!BlueprintVocabulary.BlocksWithChildren.Contains(block.Type))
                errors.Add($"{at}.children", $"A {block.Type} block cannot have children.");
            ValidateList($"{at}.children", children, inColumn);
        }

        switch (block.Type)
        {
            case "column_list": ValidateColumns(at, block); break;
            case "database_ref": ValidateDatabaseRef(at, block, inColumn); break;
            case "linked_view": ValidateLinkedView(at, block); break;
            case "link_to_page":
                if (block.SubPageRef is null || !subPageTitles.Contains(block.SubPageRef))
                    errors.Add($"{at}.sub_page_ref", $"No sub page is titled '{block.SubPageRef}'.");
                break;
            case "bookmark":
                if (block.Url is null) errors.Add($"{at}.url", "A bookmark needs a URL.");
                errors.Url($"{at}.url", block.Url);
                break;
        }
    }

    /// <summary>Formatted runs (ADR 52): each within one rich text object, links that are http(s) URLs.</summary>
    private void ValidateRuns(string at, IReadOnlyList<RichTextDto>? runs)
    {
        if (runs is null) return;
        if (runs.Count > NotionLimits.RichTextElements)
            errors.Add($"{at}.rich_text", $"Has {runs.Count} runs; Notion holds at most {NotionLimits.RichTextElements} in a block.");
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i].Text.Length > NotionLimits.RichTextChars)
                errors.Add($"{at}.rich_text[{i}].text", $"Is {runs[i].Text.Length} characters; Notion's rich text holds at most {NotionLimits.RichTextChars}.");
            errors.Url($"{at}.rich_text[{i}].link", runs[i].Link);
        }
    }

    private void ValidateColumns(string at, BlockDto block)
    {
        var columns = block.Columns ?? [];
        if (columns.Count < 2)
            errors.Add($"{at}.columns", "A column list needs at least two columns.");
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Blocks.Count == 0) errors.Add($"{at}.columns[{c}].blocks", "A column needs at least one block.");
            ValidateList($"{at}.columns[{c}].blocks", columns[c].Blocks, inColumn: true);
        }

        if (block.WidthRatios is { } ratios
            && (ratios.Count != columns.Count || ratios.Any(r => r <= 0) || Math.Abs(ratios.Sum() - 1) > 0.01))
            errors.Add($"{at}.width_ratios", "Needs one positive ratio per column, summing to 1.");
    }

    private void ValidateDatabaseRef(string at, BlockDto block, bool inColumn)
    {
        // Notion cannot create an inline database inside a column (reference §2's prompt rules).
        if (inColumn) errors.Add($"{at}.type", "A database cannot be placed inside a column; use a linked_view.");
        RequireDatabase(at, block);
    }

    private void ValidateLinkedView(string at, BlockDto block)
    {
        if (!RequireDatabase(at, block)) return;
        var db = blueprint.Databases[block.DbIndex!.Value];
        var viewType = block.ViewType ?? "table";
        var ok = viewType switch
        {
            "board" => db.Properties.Any(p => p.Type is "select" or "status"),
            "calendar" or "timeline" => db.Properties.Any(p => p.Type == "date"),
            _ => BlueprintVocabulary.ViewTypes.Contains(viewType),
        };
        if (!ok) errors.Add($"{at}.view_type", $"A {viewType} view does not fit database '{db.Title}' (board: select or status; calendar, timeline: date).");
    }

    private bool RequireDatabase(string at, BlockDto block)
    {
        if (block.DbIndex is { } i && i >= 0 && i < blueprint.Databases.Count) return true;
        errors.Add($"{at}.db_index", $"Must name one of the blueprint's {blueprint.Databases.Count} databases by index.");
        return false;
    }
}
