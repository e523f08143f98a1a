using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Planning;
using Microsoft.Extensions.AI;

namespace Forge.NotionForge.Application.Ai;

/// <summary>
/// What the planner sends a model: the blueprint schema's rules (ADR 44) and, as the exact shape to follow, the
/// built-in planner's blueprint for the same prompt, which the model may redesign to fit the request better.
/// </summary>
internal static class PlannerPrompt
{
    private const string System = """
        You design Notion templates as NotionForge blueprints (JSON, snake_case, version "3.0").
        Top level: title, icon (emoji), template_type (dashboard, tracker, database, kanban, calendar, wiki, journal, hub, list),
        color_theme, language, complexity, blocks (the main page body), databases, sub_pages ({title, icon, description, blocks}), faq ([{q, a}]).
        A database: {title, icon, description, is_inline, properties: [{name, type, options?, format?, target_db_index?,
        relation_property?, target_property?, function?, expression?}], views: [{type, title?, group_by?, date_property?}],
        sample_rows: [{icon?, values: {property: value}}]}. Exactly one property of type title; names unique ignoring case.
        Property types: title, rich_text, number, select, multi_select, status, date, checkbox, url, email, people, relation, formula, rollup.
        A board view needs a select or status property, a calendar or timeline view a date property.
        A relation's target_db_index names an existing database; sample relation values name titles of the target's sample rows.
        Blocks: {type, text?, icon?, color?, children?, columns?: [{blocks}], width_ratios?, db_index?, view_type?, title?, sub_page_ref?, url?}.
        Types: paragraph, heading_1, heading_2, heading_3, callout, quote, toggle, to_do, bulleted_list, numbered_list, divider,
        table_of_contents, column_list, database_ref, linked_view, link_to_page, bookmark, code. No database_ref inside a column.
        Text at most 2,000 characters per block; at most 1,000 blocks in all. Write the text in the request's language.
        """;

    public static IEnumerable<ChatMessage> Messages(string prompt, PlanResult baseline) =>
    [
        new(ChatRole.System, System),
        new(ChatRole.User,
            $"Request: {prompt}\nLanguage: {(baseline.Analysis.Language == PlanLanguage.Korean ? "ko" : "en")}. Complexity: {baseline.Analysis.Complexity}.\n"
            + "A valid blueprint for it follows; answer with a blueprint of the same shape, redesigned where the request asks for more:\n"
            + BlueprintJson.Serialize(baseline.Blueprint)),
    ];
}
