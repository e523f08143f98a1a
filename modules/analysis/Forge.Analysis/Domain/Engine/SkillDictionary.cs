using System.Text.Json;

namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// The skill dictionary shipped as <c>Data/skills.json</c>, indexed by the first token of every alias
/// (longest alias first, so React Native wins over React and Spring Boot over Spring). Immutable and
/// thread-safe once built; <see cref="Embedded"/> is built once per process.
/// </summary>
internal sealed class SkillDictionary
{
    private const string ResourceName = "Forge.Analysis.Domain.Engine.Data.skills.json";
    private static readonly Lazy<SkillDictionary> EmbeddedInstance = new(LoadEmbedded);

    private readonly Dictionary<string, SkillAlias[]> _byFirstToken;
    private readonly Dictionary<string, HashSet<string>> _contextWords;
    private readonly Dictionary<SkillAlias, SkillAlias[]> _homonyms;
    private readonly Dictionary<string, SkillAlias> _vendors;

    public IReadOnlyList<Skill> Skills { get; }

    /// <summary>Paraphrase patterns in file order: lower-case word beginnings that together write the skill.</summary>
    public IReadOnlyList<(Skill Skill, string[] Words)> Cooccurrences { get; }

    public static SkillDictionary Embedded => EmbeddedInstance.Value;

    /// <summary>
    /// Paraphrase patterns by the first two letters of their first word, as ascending indices into
    /// <see cref="Cooccurrences"/>: a line is tried only against patterns whose first word can begin one of its
    /// tokens (hundreds of patterns on every line of both texts would otherwise dominate the analysis time).
    /// </summary>
    public IReadOnlyDictionary<string, int[]> CooccurrencesByPrefix { get; }

    private SkillDictionary(IReadOnlyList<Skill> skills, Dictionary<string, SkillAlias[]> index, Dictionary<string, HashSet<string>> context,
        IReadOnlyList<(Skill, string[])> cooccurrences, HashSet<Skill> vendors)
    {
        Skills = skills;
        Cooccurrences = cooccurrences;
        CooccurrencesByPrefix = cooccurrences
            .Select((c, i) => (Key: c.Item2[0][..2], Index: i))
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Index).ToArray(), StringComparer.Ordinal);
        _byFirstToken = index;
        _contextWords = context;
        // Aliases written the same for different skills, by reference; each maps to all of them in dictionary order.
        _homonyms = new Dictionary<SkillAlias, SkillAlias[]>(ReferenceEqualityComparer.Instance);
        foreach (var same in index.Values.SelectMany(a => a).GroupBy(a => string.Join(' ', a.Lower), StringComparer.Ordinal))
        {
            var senses = same.DistinctBy(a => a.Skill.Id).OrderBy(a => a.Skill.Id).ToArray();
            if (senses.Length > 1) foreach (var alias in same) _homonyms[alias] = senses;
        }
        // One-word names of vendor platforms (AWS, Azure, GitHub), written plainly and naming no other skill.
        _vendors = index.Values.SelectMany(a => a)
            .Where(a => vendors.Contains(a.Skill) && a.Lower.Length == 1 && !a.NeedsContext && !_homonyms.ContainsKey(a))
            .GroupBy(a => a.Lower[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Skill.Id).First(), StringComparer.Ordinal);
    }

    /// <summary>The vendor platform (<see cref="SkillFile.Vendor"/>) <paramref name="token"/> names, or null.</summary>
    public Skill? VendorWrittenAs(Token token) =>
        _vendors.TryGetValue(token.Lower, out var alias) && (!alias.CaseSensitive || token.Text == alias.Exact[0]) ? alias.Skill : null;

    /// <summary>Every alias written like <paramref name="alias"/> for a different skill too, or null when it names one skill only.</summary>
    public IReadOnlyList<SkillAlias>? HomonymsOf(SkillAlias alias) => _homonyms.GetValueOrDefault(alias);

    public IReadOnlyList<SkillAlias> AliasesStartingWith(string lowerToken) =>
        _byFirstToken.TryGetValue(lowerToken, out var aliases) ? aliases : [];

    public bool IsContextWord(string domain, string lowerToken) =>
        _contextWords.TryGetValue(domain, out var words) && words.Contains(lowerToken);

    public static SkillDictionary LoadEmbedded()
    {
        using var stream = typeof(SkillDictionary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var file = JsonSerializer.Deserialize<SkillDictionaryFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("skills.json is empty.");
        return Build(file);
    }

    public static SkillDictionary Build(SkillDictionaryFile file)
    {
        var skills = new List<Skill>();
        var byName = new Dictionary<string, Skill>(StringComparer.OrdinalIgnoreCase);
        var aliases = new List<SkillAlias>();
        var cooccurrences = new List<(Skill, string[])>();
        var vendors = new HashSet<Skill>();
        foreach (var group in file.Groups)
        {
            foreach (var entry in group.Skills)
            {
                var skill = new Skill(skills.Count, entry.Name, group.Category, group.Domain, group.Kind == "soft", entry.EvidenceOnly);
                if (!byName.TryAdd(entry.Name, skill)) throw new InvalidOperationException($"Skill '{entry.Name}' is listed twice.");
                skills.Add(skill);
                if (entry.Vendor) vendors.Add(skill);
                AddAlias(aliases, skill, entry.Name, entry.Ambiguous);
                foreach (var alias in entry.Aliases) AddAlias(aliases, skill, alias, ambiguous: false);
                foreach (var alias in entry.AmbiguousAliases) AddAlias(aliases, skill, alias, ambiguous: true);
                if (Weighing.On("cross-script")) foreach (var mixed in CrossScript([entry.Name, .. entry.Aliases])) AddAlias(aliases, skill, mixed, ambiguous: false);
                foreach (var words in entry.Cooccur)
                {
                    if (words.Count is < 2 or > 8 || words.Any(w => w.Length < 2)) throw new InvalidOperationException($"'{entry.Name}' has a paraphrase of fewer than two words.");
                    cooccurrences.Add((skill, words.Select(w => TextNormalizer.Normalize(w).ToLowerInvariant()).ToArray()));
                    skill.Describable = true;
                }
            }
        }
        foreach (var group in file.Groups)
        foreach (var entry in group.Skills)
        foreach (var implied in entry.Implies)
        {
            if (!byName.TryGetValue(implied, out var target)) throw new InvalidOperationException($"'{entry.Name}' implies unknown '{implied}'.");
            byName[entry.Name].Implies.Add(target);
        }
        // Implication is transitive (DCF → Valuation → Financial analysis): close it once, in file order.
        foreach (var skill in skills) Close(skill);
        foreach (var names in file.Siblings)
        {
            var group = names.Select(n => byName.TryGetValue(n, out var s) ? s : throw new InvalidOperationException($"Sibling group names unknown '{n}'.")).ToList();
            foreach (var a in group)
            foreach (var b in group)
            {
                if (a == b) continue;
                if (a.Implies.Contains(b)) throw new InvalidOperationException($"'{a.Name}' implies its sibling '{b.Name}'.");
                a.Siblings.Add(b);
            }
        }
        var index = aliases
            .GroupBy(a => a.Lower[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Lower.Length).ThenBy(a => a.Skill.Id).ToArray(), StringComparer.Ordinal);
        var context = file.ContextWords.ToDictionary(
            kv => kv.Key, kv => kv.Value.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        return new SkillDictionary(skills, index, context, cooccurrences, vendors);
    }

    /// <summary>
    /// Mixed Korean–English writing of a two-word name (ADR 73): where the dictionary writes a skill both as two Latin words
    /// and as two Hangul words, either word may be written in the other script ("Cohort 분석" for Cohort analysis /
    /// 코호트 분석, "모델 serving" for Model serving / 모델 서빙), as Korean technical prose does.
    /// </summary>
    private static IEnumerable<string> CrossScript(List<string> names)
    {
        var latin = new List<string[]>();
        var hangul = new List<string[]>();
        foreach (var name in names)
        {
            var tokens = Tokenizer.Tokenize(TextNormalizer.Normalize(name));
            if (tokens.Count != 2) continue;
            if (tokens.All(t => t.Script == Script.Latin)) latin.Add([tokens[0].Text, tokens[1].Text]);
            else if (tokens.All(t => t.Script == Script.Hangul)) hangul.Add([tokens[0].Text, tokens[1].Text]);
        }
        foreach (var l in latin)
        foreach (var h in hangul)
        {
            yield return h[0] + " " + l[1];
            yield return l[0] + " " + h[1];
        }
    }

    private static void Close(Skill skill)
    {
        for (var i = 0; i < skill.Implies.Count; i++)
            foreach (var further in skill.Implies[i].Implies)
                if (further != skill && !skill.Implies.Contains(further)) skill.Implies.Add(further);
    }

    private static void AddAlias(List<SkillAlias> aliases, Skill skill, string text, bool ambiguous)
    {
        var tokens = Tokenizer.Tokenize(TextNormalizer.Normalize(text));
        if (tokens.Count == 0) return;
        var exact = tokens.Select(t => t.Text).ToArray();
        // Short all-capital abbreviations (ML, QA, REST, SQL) are names only in capitals: "rest" is a word.
        var letters = text.Where(char.IsAsciiLetter).ToArray();
        var shortCaps = letters.Length is > 0 and <= 4 && letters.All(char.IsAsciiLetterUpper) && tokens.All(t => t.Script == Script.Latin);
        var alias = new SkillAlias(skill, tokens.Select(t => t.Lower).ToArray(), exact, ambiguous || shortCaps, ambiguous);
        aliases.Add(alias);
        // Korean writes compounds with or without spaces: 데이터 분석 = 데이터분석.
        if (tokens.Count > 1 && tokens.All(t => t.Script == Script.Hangul))
        {
            var joined = string.Concat(exact);
            aliases.Add(alias with { Lower = [joined], Exact = [joined] });
        }
    }
}
