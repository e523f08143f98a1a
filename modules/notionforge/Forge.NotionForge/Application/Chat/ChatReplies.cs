using Forge.NotionForge.Contracts.Blueprints;
using Forge.NotionForge.Planning;

namespace Forge.NotionForge.Application.Chat;

/// <summary>The chat's own sentences, in the conversation's language (Korean or English, as the planner decided).</summary>
public static class ChatReplies
{
    public static string Question(PromptAnalysis a, int asked) => a.Language == PlanLanguage.Korean
        ? $"어떤 템플릿을 원하시는지 조금 더 알려주세요 ({asked}/{ChatConversation.MaxQuestions}). 지금은 '{a.Skill.Name.Ko}'에 가장 가깝습니다. 무엇을 기록하거나 관리하고 싶으신가요?"
        : $"Could you tell me a bit more about the template you want ({asked}/{ChatConversation.MaxQuestions})? The closest match so far is '{a.Skill.Name.En}'. What would you like to track or organise?";

    public static string Planned(PromptAnalysis a, BlueprintDto b) => a.Language == PlanLanguage.Korean
        ? $"'{b.Title}' 템플릿을 설계했습니다: 데이터베이스 {b.Databases.Count}개, 하위 페이지 {b.SubPages.Count}개."
        : $"I designed '{b.Title}': {b.Databases.Count} database(s) and {b.SubPages.Count} sub page(s).";

    public static string AskApproval(PromptAnalysis a) => a.Language == PlanLanguage.Korean ? "다음 템플릿을 생성할까요?" : "Shall I create this template?";

    public static string Rejected(PlanLanguage language) => language == PlanLanguage.Korean
        ? "알겠습니다. 무엇을 바꿀지 알려주시면 다시 설계하겠습니다."
        : "All right. Tell me what to change and I will design it again.";

    public static string ModifyElsewhere(PlanLanguage language) => language == PlanLanguage.Korean
        ? "기존 템플릿 수정은 POST /api/templates/{page_id}/modify 로 요청해 주세요. 새 템플릿을 원하시면 어떤 템플릿인지 알려주세요."
        : "To change an existing template use POST /api/templates/{page_id}/modify. For a new template, tell me what it should be.";
}
