using System.Text.RegularExpressions;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Planning;

/// <summary>
/// The prompt guardrail (ADR 42, reference §1.1): 2–2,000 characters, not blank, no repeated-character spam, no
/// prompt-injection phrases (Korean or English). A refusal is <c>INVALID_INPUT</c> naming the field.
/// </summary>
public static partial class PromptGuard
{
    public const string InvalidInput = "INVALID_INPUT";
    public const int MinLength = 2;
    public const int MaxLength = 2000;

    private static readonly string[] InjectionPhrases =
    [
        "ignore previous instructions", "ignore all previous", "ignore the above", "disregard previous", "disregard all prior",
        "forget your instructions", "system prompt", "you are now", "act as the system", "reveal your instructions", "jailbreak",
        "이전 지시를 무시", "이전 지시 무시", "위의 지시를 무시", "지시사항을 무시", "모든 지시를 무시", "시스템 프롬프트", "너는 이제부터", "프롬프트를 알려", "탈옥",
    ];

    /// <summary>Null when the prompt is acceptable; otherwise the error naming <paramref name="field"/>.</summary>
    public static BlueprintErrorDto? Check(string? prompt, string field = "prompt")
    {
        if (string.IsNullOrWhiteSpace(prompt)) return new(field, "The prompt must not be empty.");
        var length = prompt.Trim().Length;
        if (length < MinLength || prompt.Length > MaxLength)
            return new(field, $"The prompt must be {MinLength}–{MaxLength} characters long.");
        if (Spam().IsMatch(prompt) || prompt.Trim().Distinct().Count() == 1 && length > 2)
            return new(field, "The prompt looks like repeated-character spam.");
        var flattened = Whitespace().Replace(prompt.ToLowerInvariant(), " ");
        var compact = Whitespace().Replace(flattened, "");
        var phrase = InjectionPhrases.FirstOrDefault(p => flattened.Contains(p, StringComparison.Ordinal) || compact.Contains(p.Replace(" ", ""), StringComparison.Ordinal));
        return phrase is null ? null : new(field, "The prompt contains an instruction-override phrase and was refused.");
    }

    /// <summary>The options the planner takes, checked the same way (fields named as on the wire).</summary>
    public static BlueprintErrorDto? CheckOptions(PlanOptions options)
    {
        if (options.Complexity is { } c && !PlanOptions.Complexities.Contains(c))
            return new("options.complexity", "Must be simple, standard or advanced.");
        if (options.SampleCount is < 1 or > PlanOptions.MaxSampleCount)
            return new("options.sample_count", $"Must be 1–{PlanOptions.MaxSampleCount}.");
        if (options.Language is { } l && l is not ("ko" or "en"))
            return new("options.language", "Must be ko or en.");
        return null;
    }

    // The same character 10+ times in a row (ㅋㅋㅋㅋ… or aaaa…): no template request reads like that.
    [GeneratedRegex(@"(.)\1{9,}", RegexOptions.Singleline)]
    private static partial Regex Spam();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
