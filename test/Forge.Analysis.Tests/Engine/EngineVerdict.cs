using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>The engine's status for one skill of a posting against a resume, for the mechanism tests.</summary>
internal static class EngineVerdict
{
    private static readonly AnalysisEngine Engine = new();

    /// <summary>MATCHED, LEARNING or MISSING, or "not asked" when the posting does not ask for the skill.</summary>
    public static string Of(string resume, string posting, string skill)
    {
        var result = Engine.Analyze(new AnalysisInput(resume, posting, new DateOnly(2026, 12, 1)));
        return result.Essential.SkillAnalysisResults.Concat(result.Preferred.SkillAnalysisResults).FirstOrDefault(s => s.Skill == skill)?.Status
            ?? "not asked";
    }
}
