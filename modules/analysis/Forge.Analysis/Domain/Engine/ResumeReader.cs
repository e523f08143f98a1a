namespace Forge.Analysis.Domain.Engine;

/// <summary>Reads a resume: line sections, skill mentions (with what is not evidence) and dated experience.</summary>
internal sealed class ResumeReader(SkillMatcher matcher)
{
    public ResumeProfile Read(string text, int asOfMonth)
    {
        var lines = TextLine.Split(text);
        var sections = ResumeSections.Classify(lines, out var anyHeading);
        // Lines under "Interests" / "관심 기술" name what the candidate wants to learn, not what they did.
        var mentions = matcher.Find(text, lines, line => sections[line] == ResumeSection.Interests, line => sections[line] == ResumeSection.Skills);
        var experience = ExperienceCalculator.Calculate(text, lines, sections, anyHeading, asOfMonth);
        return new ResumeProfile(text, lines, sections, anyHeading, mentions, experience);
    }
}
