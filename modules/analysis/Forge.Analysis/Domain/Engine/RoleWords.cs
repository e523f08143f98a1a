namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Job-title words in both languages mapped to one concept each, so "백엔드 개발자" and "Backend Engineer"
/// are the same role. The title score is the share of the posting title's concepts found in the resume.
/// </summary>
internal static class RoleWords
{
    private static readonly string[][] Rows =
    [
        ["backend", "backend", "back-end", "백엔드", "서버"],
        ["frontend", "frontend", "front-end", "프론트엔드", "프론트", "프런트엔드", "퍼블리셔"],
        ["fullstack", "fullstack", "full-stack", "풀스택"],
        ["developer", "developer", "engineer", "개발자", "엔지니어", "programmer", "프로그래머", "개발"],
        ["mobile", "mobile", "모바일"],
        ["android", "android", "안드로이드"],
        ["ios", "ios"],
        ["data", "data", "데이터"],
        ["analyst", "analyst", "분석가", "애널리스트"],
        ["scientist", "scientist", "사이언티스트"],
        ["ml", "ml", "머신러닝", "ai"],
        ["devops", "devops", "데브옵스", "sre", "infrastructure", "인프라", "platform", "플랫폼"],
        ["security", "security", "보안"],
        ["qa", "qa", "테스트", "quality"],
        ["designer", "designer", "디자이너", "design", "디자인"],
        ["ux", "ux", "ui"],
        ["marketer", "marketer", "marketing", "마케터", "마케팅"],
        ["growth", "growth", "그로스", "performance", "퍼포먼스"],
        ["content", "content", "콘텐츠", "컨텐츠"],
        ["brand", "brand", "브랜드"],
        ["accountant", "accountant", "accounting", "회계", "회계사", "재무", "finance", "financial"],
        ["nurse", "nurse", "nursing", "간호사", "간호"],
        ["clinical", "clinical", "임상"],
        ["sales", "sales", "영업", "세일즈"],
        ["manager", "manager", "매니저", "lead", "리드", "팀장", "head"],
        ["recruiter", "recruiter", "recruiting", "채용", "리크루터", "talent"],
        ["hr", "hr", "인사", "people"],
        ["product", "product", "프로덕트", "기획자", "pm", "po"],
        ["embedded", "embedded", "임베디드", "firmware", "펌웨어"],
        ["game", "game", "게임"],
    ];

    private static readonly Dictionary<string, string> Concepts = Rows
        .SelectMany(row => row.Skip(1).Select(word => (word, concept: row[0])))
        .ToDictionary(x => x.word, x => x.concept, StringComparer.Ordinal);

    /// <summary>The role concepts named in <paramref name="text"/>, in order of first appearance.</summary>
    public static List<string> In(string text)
    {
        var found = new List<string>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            var concept = Concepts.GetValueOrDefault(token.Lower)
                ?? (token.Script == Script.Hangul ? KoreanParticles.Stems(token.Text).Select(s => Concepts.GetValueOrDefault(s)).FirstOrDefault(c => c is not null) : null);
            if (concept is not null && !found.Contains(concept)) found.Add(concept);
        }
        return found;
    }
}
