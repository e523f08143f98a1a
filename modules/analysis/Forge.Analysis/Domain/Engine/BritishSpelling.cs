namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// British spellings read as the American ones the dictionary writes (labour law = Labor law, financial
/// modelling = Financial modeling, containerised = containerized), applied to the lower-case form of every
/// Latin token of text and aliases alike, so spans stay the writer's own (ADR 57). Only the listed words are
/// mapped, by their ending: words that merely end alike (enterprise, expertise, hour, your) stay as written.
/// </summary>
internal static class BritishSpelling
{
    private static readonly (string British, string American)[] Endings =
    [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize"),
        ("ysing", "yzing"), ("ysed", "yzed"), ("yse", "yze"),
        ("elling", "eling"), ("elled", "eled"), ("ellers", "elers"), ("eller", "eler"),
        ("our", "or"), ("ours", "ors"), ("ourer", "orer"),
        ("ogue", "og"), ("ogues", "ogs"), ("ence", "ense"), ("ences", "enses"), ("tre", "ter"), ("tres", "ters"), ("mme", "m"), ("mmes", "ms"),
    ];

    private static readonly HashSet<string> Whole = new(StringComparer.Ordinal)
    {
        "labour", "labours", "behaviour", "behaviours", "behavioural", "colour", "colours", "favour", "honour", "rumour", "neighbour",
        "organise", "organised", "organising", "organisation", "organisations", "organisational", "optimise", "optimised", "optimising",
        "optimisation", "optimisations", "analyse", "analysed", "analysing", "analyser", "modelling", "modelled", "modeller", "travelling",
        "centre", "centres", "programme", "programmes", "licence", "licences", "defence", "catalogue", "catalogues", "dialogue",
        "visualise", "visualised", "visualisation", "visualisations", "prioritise", "prioritised", "prioritisation", "utilise", "utilised",
        "customise", "customised", "customisation", "standardise", "standardised", "standardisation", "containerise", "containerised",
        "containerisation", "virtualisation", "virtualised", "localisation", "localised", "digitalisation", "authorisation", "authorise",
        "authorised", "tokenisation", "normalisation", "normalised", "serialisation", "synchronisation", "monetisation", "recognise",
        "recognised", "specialise", "specialised", "summarise", "summarised", "minimise", "minimised", "maximise", "maximised",
        "finalise", "finalised", "harmonisation", "modernisation", "modernised", "categorisation", "personalisation", "personalised",
    };

    /// <summary>The American spelling of a lower-case Latin word, or the word itself.</summary>
    public static string American(string lower)
    {
        if (lower.Length < 4 || !Whole.Contains(lower)) return lower;
        foreach (var (british, american) in Endings)
            if (lower.EndsWith(british, StringComparison.Ordinal)) return lower[..^british.Length] + american;
        return lower;
    }
}
