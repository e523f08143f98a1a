namespace Forge.Analysis.Domain.Engine;

/// <summary>Where a resume line sits. Only <see cref="Experience"/> dates count as years of work.</summary>
internal enum ResumeSection { Summary, Experience, Projects, Skills, Education, Certifications, Interests, Other }

/// <summary>Classifies every resume line by the heading above it (경력, Work Experience, 학력, Skills...).</summary>
internal static class ResumeSections
{
    private static readonly (string, ResumeSection)[] Headings =
    [
        ("work experience", ResumeSection.Experience), ("professional experience", ResumeSection.Experience), ("employment history", ResumeSection.Experience),
        ("employment", ResumeSection.Experience), ("experience", ResumeSection.Experience), ("work history", ResumeSection.Experience), ("work", ResumeSection.Experience), ("career", ResumeSection.Experience),
        ("경력 사항", ResumeSection.Experience), ("경력사항", ResumeSection.Experience), ("경력 기술서", ResumeSection.Experience), ("경력기술서", ResumeSection.Experience),
        ("경력", ResumeSection.Experience), ("업무 경험", ResumeSection.Experience), ("업무 경력", ResumeSection.Experience), ("직장 경력", ResumeSection.Experience),
        ("임상 경력", ResumeSection.Experience), ("근무 경력", ResumeSection.Experience),
        // Internships are dated work (ADR 57).
        ("인턴", ResumeSection.Experience), ("인턴십", ResumeSection.Experience), ("인턴 경험", ResumeSection.Experience), ("인턴 경력", ResumeSection.Experience),
        ("internship", ResumeSection.Experience), ("internships", ResumeSection.Experience),
        ("personal projects", ResumeSection.Projects), ("side projects", ResumeSection.Projects), ("projects", ResumeSection.Projects), ("project", ResumeSection.Projects),
        ("프로젝트", ResumeSection.Projects), ("개인 프로젝트", ResumeSection.Projects), ("사이드 프로젝트", ResumeSection.Projects), ("포트폴리오", ResumeSection.Projects),
        ("technical skills", ResumeSection.Skills), ("skills", ResumeSection.Skills), ("tech stack", ResumeSection.Skills), ("core competencies", ResumeSection.Skills),
        ("tools", ResumeSection.Skills), ("기술 스택", ResumeSection.Skills), ("기술스택", ResumeSection.Skills), ("보유 기술", ResumeSection.Skills), ("보유기술", ResumeSection.Skills),
        ("기술", ResumeSection.Skills), ("역량", ResumeSection.Skills), ("핵심 역량", ResumeSection.Skills), ("스킬", ResumeSection.Skills), ("활용 툴", ResumeSection.Skills),
        ("education", ResumeSection.Education), ("학력", ResumeSection.Education), ("학력 사항", ResumeSection.Education), ("학력사항", ResumeSection.Education),
        ("교육", ResumeSection.Education), ("교육 이수", ResumeSection.Education), ("교육 사항", ResumeSection.Education), ("training", ResumeSection.Education),
        ("certifications", ResumeSection.Certifications), ("certificates", ResumeSection.Certifications), ("licenses", ResumeSection.Certifications),
        ("자격증", ResumeSection.Certifications), ("자격 사항", ResumeSection.Certifications), ("면허", ResumeSection.Certifications), ("어학", ResumeSection.Certifications),
        ("languages", ResumeSection.Certifications), ("awards", ResumeSection.Other), ("수상", ResumeSection.Other), ("대외활동", ResumeSection.Other),
        ("activities", ResumeSection.Other), ("volunteer", ResumeSection.Other), ("봉사", ResumeSection.Other),
        ("interests", ResumeSection.Interests), ("currently learning", ResumeSection.Interests), ("learning", ResumeSection.Interests),
        ("관심 분야", ResumeSection.Interests), ("관심분야", ResumeSection.Interests), ("관심 기술", ResumeSection.Interests), ("학습 중", ResumeSection.Interests),
        ("summary", ResumeSection.Summary), ("profile", ResumeSection.Summary), ("about me", ResumeSection.Summary), ("about", ResumeSection.Summary),
        ("자기소개", ResumeSection.Summary), ("소개", ResumeSection.Summary), ("요약", ResumeSection.Summary),
    ];

    /// <summary>Section per line index (blank lines carry the section they sit in); whether any heading was seen.</summary>
    public static ResumeSection[] Classify(IReadOnlyList<TextLine> lines, out bool anyHeading)
    {
        var sections = new ResumeSection[lines.Count];
        anyHeading = false;
        var current = ResumeSection.Summary;
        foreach (var line in lines)
        {
            if (!line.IsBlank && HeaderMatcher.Match(line.Text, Headings) is { } heading)
            {
                if (!DateRangeParser.HasDate(line.Text))
                {
                    current = heading.Key;
                    anyHeading = true;
                }
                // "학력: OO대학교 (2016.03 ~ 2020.02)" inside the experience section: a labelled line with its own
                // dates is that label's section, and the section around it goes on.
                else if (heading.ContentOffset < line.Text.Length)
                {
                    sections[line.Index] = heading.Key;
                    continue;
                }
            }
            sections[line.Index] = current;
        }
        return sections;
    }
}
