namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// "German labour law", "the Japanese market", "our Chinese subsidiary", "Chinese charterers": a language name before one
/// of these nouns names a country's law, market, organisation or people, not the candidate's command of the language (ADR 57).
/// </summary>
internal static class NationalityAdjective
{
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "law", "laws", "labor", "employment", "legislation", "regulation", "regulations", "regulators", "regulator", "gaap", "tax",
        "market", "markets", "company", "companies", "subsidiary", "subsidiaries", "entity", "entities", "government", "authorities",
        "office", "offices", "branch", "headquarters", "cuisine", "food", "retailer", "retailers", "bank", "banks", "startup",
    };

    // ADR 80: the people the work was with ("calls with Chinese charterers", "our Korean players").
    private static readonly HashSet<string> People = new(StringComparer.Ordinal)
    {
        "clients", "customers", "charterers", "buyers", "suppliers", "patients", "players", "users", "partners", "counterparts",
        "owners", "students", "tourists", "visitors", "investors", "inventors", "applicants", "nationals", "colleagues", "guests",
    };

    /// <summary>Whether the language skill written just before token <paramref name="next"/> is used as an adjective of place.</summary>
    public static bool Applies(Skill skill, IReadOnlyList<Token> tokens, int next) =>
        skill.Category == "Languages" && next < tokens.Count && tokens[next].Script == Script.Latin
        && (Nouns.Contains(tokens[next].Lower) || Weighing.On("people-after-language") && People.Contains(tokens[next].Lower));
}
