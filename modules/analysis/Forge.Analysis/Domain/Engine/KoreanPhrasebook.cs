namespace Forge.Analysis.Domain.Engine;

/// <summary>The built-in engine's sentences in Korean (합니다체).</summary>
internal sealed class KoreanPhrasebook : Phrasebook
{
    public static readonly KoreanPhrasebook Instance = new();

    public override string Join(IEnumerable<string> items) => string.Join(", ", items);
    public override string Years(double years) => years == Math.Floor(years) ? $"{years:0}년" : $"{years:0.0}년";

    public override string JobTitle(string title, IReadOnlyList<string> missing) =>
        missing.Count == 0
            ? $"이력서의 직무 경험이 '{title}' 포지션과 잘 맞습니다. 이력서 상단 요약에 지원 직무명을 그대로 써서 첫눈에 연결되게 하세요."
            : $"'{title}' 포지션과의 연결이 이력서에서 약합니다. 비슷한 역할을 맡았다면 그 경험을 직무명과 같은 말로 설명하세요.";

    public override string Summary(double score) => score >= 0.6
        ? "공고가 소개하는 역할과 이력서의 내용이 대체로 겹칩니다. 자기소개에서 이 회사·서비스와 맞닿는 경험을 한두 줄로 먼저 보여 주세요."
        : "공고가 소개하는 역할과 이력서 내용의 겹침이 적습니다. 자기소개를 이 포지션에 맞게 다시 쓰고, 관련 경험을 앞쪽에 배치하세요.";

    public override string Responsibilities(IReadOnlyList<string> shown, IReadOnlyList<string> notShown) =>
        (shown.Count > 0 ? $"주요 업무와 관련된 {Join(shown)} 경험이 이력서에 나타납니다. " : "")
        + (notShown.Count > 0 ? $"{Join(notShown)} 관련 업무 경험은 보이지 않으니, 유사한 경험이 있다면 구체적으로 적으세요." : "업무별 성과(규모, 수치)를 덧붙이면 설득력이 커집니다.");

    public override string Required(IReadOnlyList<string> matched, IReadOnlyList<string> missing, IReadOnlyList<string> learning) =>
        (matched.Count > 0 ? $"자격요건 중 {KoreanJosa.Object(Join(matched))} 충족하는 근거가 있습니다. " : "자격요건을 충족하는 근거가 이력서에서 거의 보이지 않습니다. ")
        + (missing.Count > 0 ? $"{KoreanJosa.Topic(Join(missing))} 이력서에 드러나지 않습니다. " : "")
        + (learning.Count > 0 ? $"{KoreanJosa.Topic(Join(learning))} 학습 중으로 적혀 있어 실무 근거로 보기 어렵습니다." : "");

    public override string Preferred(IReadOnlyList<string> matched, IReadOnlyList<string> missing) =>
        matched.Count == 0 && missing.Count == 0 ? "공고에 별도의 우대사항이 없습니다."
        : (matched.Count > 0 ? $"우대사항 중 {Join(matched)} 경험이 강점입니다. " : "")
          + (missing.Count > 0 ? $"{KoreanJosa.Topic(Join(missing))} 필수는 아니지만 경험이 있다면 꼭 적으세요." : "");

    public override string HardSkills(IReadOnlyList<string> used, IReadOnlyList<string> listedOnly) =>
        (used.Count > 0 ? $"{KoreanJosa.Topic(Join(used))} 실제 업무·프로젝트에서 쓴 근거가 있습니다. " : "")
        + (listedOnly.Count > 0 ? $"{KoreanJosa.Topic(Join(listedOnly))} 기술 목록에만 있으니 어디에 어떻게 썼는지 경력 설명에 추가하세요." : "기술마다 사용한 맥락이 드러나 있습니다.");

    public override string SoftSkills(IReadOnlyList<string> shown, IReadOnlyList<string> notShown) =>
        shown.Count == 0 && notShown.Count == 0 ? "공고가 특정한 소프트 스킬을 요구하지 않습니다. 협업 사례 하나를 짧게 보여 주면 좋습니다."
        : (shown.Count > 0 ? $"{KoreanJosa.Subject(Join(shown))} 이력서에 나타납니다. " : "")
          + (notShown.Count > 0 ? $"공고가 강조하는 {KoreanJosa.Topic(Join(notShown))} 사례로 보여 주세요(상황-행동-결과)." : "");

    public override string Experience(double candidate, int? required, bool entryLevel) =>
        required is null
            ? entryLevel ? $"신입·경력 무관 포지션입니다. 확인된 경력은 {Years(candidate)}입니다." : $"공고에 경력 연차 조건이 없습니다. 확인된 경력은 {Years(candidate)}입니다."
            : candidate >= required
                ? $"요구 경력 {required}년 이상을 충족합니다(확인된 경력 {Years(candidate)})."
                : $"요구 경력 {required}년에 비해 확인된 경력은 {Years(candidate)}입니다. 날짜가 빠진 경력이 있다면 기간을 적고, 부족한 연차는 성과의 깊이로 보완하세요.";

    public override string SkillEvaluation(SkillVerdict verdict, bool essential) => verdict.Status switch
    {
        SkillStatus.Missing when verdict.Instead is { Count: > 0 } instead =>
            $"{KoreanJosa.Topic(verdict.Skill.Name)} {(essential ? "필수 요건" : "우대 사항")}이지만 이력서에는 대신 {Join(instead.Select(s => s.Name))} 경험이 있습니다. 비슷한 도구일 뿐 {verdict.Skill.Name} 경험은 아닙니다.",
        SkillStatus.Missing when verdict.OthersOnly =>
            $"{KoreanJosa.Topic(verdict.Skill.Name)} 이력서에 다른 사람이나 부서가 한 일로만 나와 지원자 본인의 근거로 보지 않았습니다.",
        SkillStatus.Missing => essential ? $"{KoreanJosa.Topic(verdict.Skill.Name)} 필수 요건이지만 이력서에서 근거를 찾을 수 없습니다." : $"{verdict.Skill.Name} 경험은 이력서에 보이지 않습니다.",
        SkillStatus.Learning => $"{KoreanJosa.Topic(verdict.Skill.Name)} 학습 중이거나 사용해 본 적이 없다고 적혀 있어 실무 근거로 보지 않았습니다.",
        _ => verdict.Rating switch
        {
            5 => $"{KoreanJosa.Object(verdict.Skill.Name)} 여러 업무·프로젝트에서 사용한 근거가 있습니다.",
            4 => $"{KoreanJosa.Object(verdict.Skill.Name)} 실제 업무나 프로젝트에서 사용한 근거가 있습니다.",
            _ => $"{KoreanJosa.Subject(verdict.Skill.Name)} 기술 목록에 있지만 사용한 맥락은 드러나지 않습니다.",
        },
    };

    public override (string, string) GapQuestion(string skill, bool essential) => (
        $"{KoreanJosa.Object(skill)} 써 본 경험이 있나요? 없다면 비슷한 문제를 어떤 기술로 해결했는지 설명해 주세요.",
        essential ? $"{KoreanJosa.Topic(skill)} 필수 요건인데 이력서에서 근거를 찾을 수 없습니다." : $"{KoreanJosa.Topic(skill)} 우대사항이며 이력서에 보이지 않습니다.");

    public override (string, string) LearningQuestion(string skill) => (
        $"{KoreanJosa.Object(skill)} 지금 어떻게 공부하고 있고, 입사 후 실무에 쓰려면 얼마나 걸릴 것 같나요?",
        $"{KoreanJosa.Topic(skill)} 요구되지만 이력서에는 학습 중으로만 적혀 있습니다.");

    public override (string, string) StrengthQuestion(string skill, string passage) => (
        $"이력서의 \"{passage}\"에서 {KoreanJosa.Object(skill)} 쓰며 가장 어려웠던 문제와 그 해결 과정을 설명해 주세요.",
        $"{KoreanJosa.Topic(skill)} 공고의 핵심 요건이고 이력서가 사용 경험을 주장하므로 깊이를 확인합니다.");

    public override (string, string) ExperienceQuestion(double candidate, int required) => (
        $"공고는 {required}년 이상의 경력을 요구합니다. 확인된 {Years(candidate)}의 경력 중 이 역할에 가장 가까운 경험과 그 성과는 무엇인가요?",
        $"확인된 경력({Years(candidate)})이 요구 경력({required}년)보다 짧습니다.");

    public override (string, string) TransferQuestion(string missing, string related) => (
        $"{related} 경험을 {KoreanJosa.Subject(missing)} 필요한 업무에 어떻게 옮겨 쓸 수 있을까요?",
        $"{KoreanJosa.Topic(missing)} 없지만 같은 분야의 {related} 경험이 있습니다.");

    public override string OverallFit(double score, string title) => score switch
    {
        >= 0.8 => $"'{title}' 포지션과의 적합도가 높습니다(종합 {score:0.00}).",
        >= 0.6 => $"'{title}' 포지션과 상당 부분 맞지만 보완할 점이 있습니다(종합 {score:0.00}).",
        >= 0.4 => $"'{title}' 포지션과 일부만 맞습니다(종합 {score:0.00}).",
        _ => $"'{title}' 포지션과의 적합도가 낮습니다(종합 {score:0.00}).",
    };

    public override string StrengthsLine(IReadOnlyList<string> strengths) => $"강점: {Join(strengths)}의 실무 근거가 있습니다.";
    public override string GapsLine(IReadOnlyList<string> gaps) => $"부족한 점: 필수 요건 중 {Join(gaps)}의 근거가 없습니다.";

    public override string Recommendation(double score, int missingEssential) => score >= 0.75 && missingEssential == 0
        ? "지원을 권합니다. 면접에서는 핵심 기술의 깊이와 성과를 구체적인 수치로 설명할 준비를 하세요."
        : score >= 0.5
            ? "지원할 만합니다. 부족한 요건은 자기소개서에서 비슷한 경험과 학습 계획으로 먼저 설명하세요."
            : "지금 지원하기보다 부족한 핵심 요건을 먼저 보완하거나, 요건이 더 맞는 포지션을 함께 검토하세요.";

    public override string PrepareFor(IReadOnlyList<string> gaps) => $"면접에서 {Join(gaps)} 관련 질문에 대비하세요.";
    public override string ShowUse(string skill) => $"{KoreanJosa.Object(skill)} 어느 프로젝트에서 어떤 문제에 썼는지, 결과가 어땠는지를 경력 설명에 한 줄 추가하세요.";
    public override string CloseGap(string skill) => $"{skill} 경험이 있다면 이력서에 명시하고, 없다면 작은 프로젝트로 사용 경험을 만들어 두세요.";
    public override string FinishLearning(string skill) => $"{skill} 학습을 결과물(토이 프로젝트, 저장소 링크)로 보여 주면 '학습 중'보다 강한 근거가 됩니다.";
    public override string AddDates() => "경력마다 재직 기간(예: 2021.03 ~ 현재)을 적어 주세요. 기간이 없으면 경력 연차를 확인할 수 없습니다.";
    public override string Quantify() => "성과를 수치로 보여 주세요(예: 응답 시간 40% 단축, 매출 20% 증가, 월 100만 건 처리).";
    public override string TailorToTitle(string title) => $"이력서 요약을 '{title}' 포지션에 맞춰 다시 쓰세요.";
    public override string NoImprovements() => "핵심 요건을 모두 충족합니다. 성과 중심으로 다듬기만 하면 됩니다.";

    public override string CategorySkills => "기술 근거";
    public override string CategoryExperience => "경력";
    public override string CategoryStructure => "구성";
    public override string CategoryAchievements => "성과";
    public override string CategoryOpening => "도입";
    public override string CategoryStrengths => "강조할 강점";
    public override string CategoryGaps => "보완 설명";

    public override string ResumeSkillsOk() => "요구 기술마다 사용한 맥락이 이력서에 드러나 있습니다.";
    public override string ResumeExperienceOk(double years) => $"재직 기간이 명시되어 있어 경력({Years(years)})을 확인할 수 있습니다.";
    public override string ResumeNoHeadings() => "경력, 기술, 학력 같은 소제목으로 나누면 읽는 사람이 필요한 정보를 빨리 찾습니다.";
    public override string ResumeStructureOk() => "소제목으로 구분되어 있어 읽기 쉽습니다.";
    public override string ResumeAchievementsOk(int figures) => $"수치로 표현된 성과가 {figures}개 있습니다. 핵심 성과를 각 경력의 첫 줄에 두세요.";
    public override string CoverOpening(string title) => $"첫 문단에서 '{title}' 포지션에 지원하는 이유와 가장 관련 있는 경험 하나를 바로 연결하세요.";
    public override string CoverStrength(string skill, string passage) => $"{skill}: 이력서의 \"{passage}\" 경험을 문제-행동-결과로 풀어 쓰세요.";
    public override string CoverGap(string skill, bool learning) => learning
        ? $"{skill}: 현재 학습 중인 내용과 실무 적용 계획을 구체적으로 적으세요."
        : $"{skill}: 직접 경험이 없다면 가장 가까운 경험과 빠르게 익힐 계획을 적으세요.";
    public override string CoverNoGaps() => "필수 요건의 공백이 없습니다. 회사와 서비스에 대한 관심을 구체적으로 보여 주세요.";
}
