using Forge.NotionForge.Planning;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.NotionForge.HttpApi;

/// <summary><c>/api/skills</c> (seed §6): the built-in skills the planner chooses from.</summary>
internal static class SkillEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/skills", () => TypedResults.Json(new SkillListView(SkillCatalog.BuiltIn.ToDictionary(
                s => s.Id, s => new SkillSummaryView(s.Description.Ko, [.. s.Keywords.Ko, .. s.Keywords.En]))),
            NotionForgeProduct.Definition.JsonOptions));
    }
}

/// <summary>The seed's <c>{"skills": {"&lt;id&gt;": {description, keywords[]}}}</c>.</summary>
public sealed record SkillListView(IReadOnlyDictionary<string, SkillSummaryView> Skills);

public sealed record SkillSummaryView(string Description, IReadOnlyList<string> Keywords);
