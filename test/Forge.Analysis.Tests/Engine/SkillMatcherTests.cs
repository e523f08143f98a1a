using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>The matching rules of ADR 38, each on the text that would break it.</summary>
public sealed class SkillMatcherTests
{
    private static readonly SkillMatcher Matcher = new(SkillDictionary.Embedded);

    private static List<string> Skills(string text, bool evidenceOnly = true)
    {
        var normalized = TextNormalizer.Normalize(text);
        return Matcher.Find(normalized, TextLine.Split(normalized))
            .Where(m => !evidenceOnly || !m.NotEvidence).Select(m => m.Skill.Name).Distinct().ToList();
    }

    [Fact]
    public void Dictionary_has_at_least_600_skills_across_the_eight_domains()
    {
        var skills = SkillDictionary.Embedded.Skills;
        skills.Count.ShouldBeGreaterThanOrEqualTo(600);
        foreach (var domain in new[] { "software", "data", "design", "marketing", "finance", "healthcare", "sales", "hr" })
            skills.Count(s => s.Domain == domain).ShouldBeGreaterThanOrEqualTo(20, domain);
        // Korean aliases wherever Korean text writes the skill in Hangul (product names like PHP or Vite are written in Latin).
        using var stream = typeof(SkillDictionary).Assembly.GetManifestResourceStream("Forge.Analysis.Domain.Engine.Data.skills.json")!;
        var file = System.Text.Json.JsonSerializer.Deserialize<SkillDictionaryFile>(stream, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
        var withKorean = file.Groups.SelectMany(g => g.Skills)
            .Count(s => s.Aliases.Concat(s.AmbiguousAliases).Any(a => a.Any(c => c is >= '\uAC00' and <= '\uD7A3')));
        withKorean.ShouldBeGreaterThanOrEqualTo(500);
    }

    [Theory]
    [InlineData("Java, Spring Boot", new[] { "Java", "Spring Boot" })]
    [InlineData("JavaScript and TypeScript", new[] { "JavaScript", "TypeScript" })]
    [InlineData("React Native 앱 개발", new[] { "React Native" })]
    [InlineData("C#, .NET, ASP.NET Core", new[] { "C#", ".NET", "ASP.NET" })]
    [InlineData("C++ 임베디드 개발", new[] { "C++", "Embedded systems" })]
    [InlineData("Node.js와 Express.js로 API 서버 개발", new[] { "Node.js", "Express" })]
    public void False_friends_stay_apart(string text, string[] expected) => Skills(text).ShouldBe(expected);

    [Theory]
    [InlineData("도커를 이용해 배포했습니다", "Docker")]
    [InlineData("파이썬으로 분석 자동화", "Python")]
    [InlineData("쿠버네티스에서 운영", "Kubernetes")]
    [InlineData("스프링부트와 JPA를 사용", "Spring Boot")]
    [InlineData("데이터분석을 담당", "Data analysis")]
    [InlineData("Docker를 도입", "Docker")]
    public void Korean_particles_are_stripped(string text, string expected) => Skills(text).ShouldContain(expected);

    [Fact]
    public void Javascript_in_hangul_is_not_java() => Skills("자바스크립트 개발").ShouldBe(["JavaScript"]);

    [Theory]
    [InlineData("Let's go to the next step and go live in May")]
    [InlineData("We will Go beyond expectations")]
    [InlineData("I excel at building relationships and received excellent reviews")]
    [InlineData("Plan C was adopted; R&D budget grew")]
    [InlineData("Completed the spring semester with a swift turnaround")]
    [InlineData("the rest of the team")]
    public void Ordinary_words_are_not_skills(string text) => Skills(text).ShouldBeEmpty();

    [Theory]
    [InlineData("Built backend services in Go and gRPC", "Go")]
    [InlineData("Go 언어로 서버 개발", "Go")]
    [InlineData("Languages: Python, R, SQL", "R")]
    [InlineData("C, C++ 펌웨어 개발", "C")]
    [InlineData("Advanced Excel (pivot tables, VLOOKUP)", "Excel")]
    [InlineData("Skills: Swift, SwiftUI, UIKit", "Swift")]
    public void Ambiguous_names_count_in_context(string text, string expected) => Skills(text).ShouldContain(expected);

    [Theory]
    [InlineData("Proficient in Java and Spring, currently learning Kotlin", "Kotlin", "Java")]
    [InlineData("Java와 Spring으로 백엔드를 개발했고, Kotlin은 현재 공부 중입니다.", "Kotlin", "Java")]
    [InlineData("I have used Docker daily but have never used Kubernetes.", "Kubernetes", "Docker")]
    [InlineData("Python (5 years), Rust (learning)", "Rust", "Python")]
    [InlineData("AWS 운영 경험이 있으며 GCP는 사용해 본 적이 없습니다", "GCP", "AWS")]
    public void Learning_or_unused_is_not_evidence(string text, string notEvidence, string evidence)
    {
        var skills = Skills(text);
        skills.ShouldContain(evidence);
        skills.ShouldNotContain(notEvidence);
        Skills(text, evidenceOnly: false).ShouldContain(notEvidence);
    }

    [Fact]
    public void Decomposed_hangul_is_normalised_before_matching()
    {
        var decomposed = "도커를 사용".Normalize(System.Text.NormalizationForm.FormD);
        Skills(decomposed).ShouldBe(["Docker"]);
    }
}
