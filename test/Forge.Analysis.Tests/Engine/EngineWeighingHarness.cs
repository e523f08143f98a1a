using System.Text.Json;
using Forge.Analysis.Domain.Engine;
using Xunit.Abstractions;

namespace Forge.Analysis.Tests.Engine;

[CollectionDefinition("Engine weighing", DisableParallelization = true)]
public sealed class EngineWeighingCollection;

/// <summary>
/// ADR 73's measurement, not a check: each mechanism turned off alone (<see cref="Weighing.Disabled"/>) and, given a
/// baseline dictionary, each skill's dictionary entry reverted to it, with every labelled verdict, unlabelled extraction
/// and posting section that flips on all batches printed. It writes process-wide state, so it runs in a collection of its
/// own that xUnit runs alone, and only when asked:
/// <c>FORGE_WEIGH=1 [FORGE_WEIGH_BASELINE=/path/to/main/skills.json] dotnet test test/Forge.Analysis.Tests --filter EngineWeighingHarness --logger "console;verbosity=detailed"</c>.
/// </summary>
[Collection("Engine weighing")]
public sealed class EngineWeighingHarness(ITestOutputHelper output)
{
    private static readonly string[] Mechanisms =
    [
        "cross-script", "hyphenated-names", "compound-tail", "bound-nouns", "never-done-ko", "coursework-level", "points-back-more",
        "marker-past-name", "received-break", "firm-parties", "own-handoff", "pronoun-party", "by-unit", "party-sends", "place-terms",
        "planned-as-plan", "negated-verb",
        "contrast-me", "topic-break", "party-receives", "topic-agent", "cannot-ko", "only-role", "absent-before", "name-by-preposition",
        "entry-in-note", "thing-passive-trade", "people-after-language",
        "roles-before-headings", "heading-qualifier", "heading-questions", "process-and-perks", "role-items", "no-access-ko",
        "course-taken-ko", "not-yet-applied", "note-qualifies-item", "topic-made", "party-made-it", "passive-by-my",
        "staff-keys-in", "written-language", "label-then-marker",
    ];

    [Fact]
    public void Weigh_each_mechanism_across_all_batches()
    {
        if (Environment.GetEnvironmentVariable("FORGE_WEIGH") != "1") return;
        var all = All();
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        using var stream = typeof(SkillDictionary).Assembly.GetManifestResourceStream("Forge.Analysis.Domain.Engine.Data.skills.json")!;
        var json = new StreamReader(stream).ReadToEnd();
        SkillDictionaryFile Parse(string s) => JsonSerializer.Deserialize<SkillDictionaryFile>(s, options)!;
        var full = Run(SkillDictionary.Build(Parse(json)), all);
        var variants = new List<(string Name, Func<Dictionary<string, string>> Run)>();
        foreach (var name in Mechanisms)
            variants.Add(("mechanism " + name, () =>
            {
                Weighing.Disabled.Add(name);
                try { return Run(SkillDictionary.Build(Parse(json)), all); }
                finally { Weighing.Disabled.Clear(); }
            }));
        if (Environment.GetEnvironmentVariable("FORGE_WEIGH_BASELINE") is { Length: > 0 } baselinePath)
        {
            var baseline = Parse(File.ReadAllText(baselinePath)).Groups.SelectMany(g => g.Skills).ToDictionary(s => s.Name);
            foreach (var skill in Parse(json).Groups.SelectMany(g => g.Skills))
            {
                if (baseline.TryGetValue(skill.Name, out var before) && JsonSerializer.Serialize(before) == JsonSerializer.Serialize(skill)) continue;
                var name = skill.Name;
                variants.Add(("data " + name, () =>
                {
                    var file = Parse(json);
                    foreach (var g in file.Groups)
                    {
                        var i = g.Skills.FindIndex(x => x.Name == name);
                        if (i < 0) continue;
                        if (baseline.TryGetValue(name, out var b)) g.Skills[i] = b; else g.Skills.RemoveAt(i);
                    }
                    return Run(SkillDictionary.Build(file), all);
                }));
            }
        }
        foreach (var (name, run) in variants) Report(name, full, run());
    }

    private void Report(string name, Dictionary<string, string> on, Dictionary<string, string> off)
    {
        List<string> right = [], wrong = [], other = [];
        foreach (var key in on.Keys.Union(off.Keys).Order(StringComparer.Ordinal))
        {
            var a = on.GetValueOrDefault(key, "none");
            var b = off.GetValueOrDefault(key, "none");
            if (a == b) continue;
            var line = $"{key}: off {b} → on {a}";
            if (key.Contains(" label="))
            {
                bool Right(string status) => key.EndsWith("label=M") ? status == "MATCHED" : status is "MISSING" or "LEARNING";
                (Right(a) && !Right(b) ? right : !Right(a) && Right(b) ? wrong : other).Add(line);
            }
            else if (key.Contains(" section "))
            {
                var expected = key[^1] switch
                {
                    'T' => "Title", 'S' => "Summary", 'D' => "Responsibilities", 'Q' => "Required", 'P' => "Preferred", 'O' => "Other", _ => "Heading",
                };
                (a == expected ? right : b == expected ? wrong : other).Add(line);
            }
            else other.Add(line);
        }
        output.WriteLine($"## {name}: right {right.Count}, wrong {wrong.Count}, other {other.Count}");
        foreach (var x in right) output.WriteLine("   + " + x);
        foreach (var x in wrong) output.WriteLine("   - " + x);
        foreach (var x in other) output.WriteLine("   ~ " + x);
    }

    private static List<EvalCase> All() =>
    [
        .. EvalCase.LoadAll(), .. EvalCase.LoadHoldout(), .. EvalCase.LoadFresh(), .. EvalCase.LoadFresh2(), .. EvalCase.LoadFresh3(),
        .. EvalCase.LoadFresh4(), .. EvalCase.LoadFresh5(), .. EvalCase.LoadFresh6(), .. EvalCase.LoadFresh7(), .. EvalCase.LoadFresh8(),
        .. EvalCase.LoadFresh9(), .. EvalCase.LoadFresh10(), .. EvalCase.LoadFresh11(), .. EvalCase.LoadFresh12(),
    ];

    /// <summary>Every labelled verdict ("… label=M" → status or "none"), unlabelled extraction and posting line's section.</summary>
    private static Dictionary<string, string> Run(SkillDictionary dictionary, List<EvalCase> all)
    {
        var engine = new AnalysisEngine(dictionary);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in all)
        {
            var analysis = engine.Analyze(new AnalysisInput(c.Resume, c.Posting, c.AsOf));
            foreach (var (group, labels, skills) in new[] { ("E", c.Essential, analysis.Essential), ("P", c.Preferred, analysis.Preferred) })
            {
                var status = QualityReport.Verdicts(skills.SkillAnalysisResults, labels);
                foreach (var (skill, matched) in labels) result[$"{c.Id} {group} {skill} label={(matched ? "M" : "X")}"] = status.GetValueOrDefault(skill) ?? "none";
                foreach (var (skill, s) in status.Where(s => labels.All(l => l.Skill != s.Key))) result[$"{c.Id} {group} {skill} unlabelled"] = s;
            }
            var split = PostingSplitter.Split(TextLine.Split(c.Posting));
            for (var i = 0; i < c.PostingLines.Count; i++)
                result[$"{c.Id} section {i} tag={c.PostingLines[i].Tag}"] = split.FirstOrDefault(p => p.Line.Index == i).Section.ToString();
        }
        return result;
    }
}
