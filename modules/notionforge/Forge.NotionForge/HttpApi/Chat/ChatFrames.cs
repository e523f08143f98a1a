using Forge.NotionForge.Planning;

namespace Forge.NotionForge.HttpApi.Chat;

/// <summary>What a client may send on <c>/ws/chat</c> (seed §1), read by <see cref="ChatFrameReader"/>.</summary>
internal abstract record ChatInbound;

internal sealed record InitFrame(string? NotionToken, string ParentPageId, PlanOptions Settings) : ChatInbound;

internal sealed record MessageFrame(string Content) : ChatInbound;

internal sealed record ApproveFrame : ChatInbound;

internal sealed record RejectFrame : ChatInbound;

/// <summary><c>{type:"error", code, message, field?}</c> (ADR 42).</summary>
internal sealed record ChatError(string Code, string Message, string? Field = null)
{
    public string Type => "error";
}

/// <summary>The answer to <c>init</c>: the session is ready for messages (ADR 53 adds it so a client knows init worked).</summary>
internal sealed record ReadyFrame(string ParentPageId, bool UsesConnection, string Planner)
{
    public string Type => "ready";
}

/// <summary>The seed's <c>ai_response</c>: content plus {intent, template_type, confidence}; questions say so.</summary>
internal sealed record AiResponseFrame(string Content, AiResponseMetadata Metadata)
{
    public string Type => "ai_response";
}

internal sealed record AiResponseMetadata(string Intent, string TemplateType, double Confidence, string Skill, bool Question, int QuestionsAsked);

/// <summary>The seed's <c>approval_request</c>: the blueprint's summary and cost, awaiting approve or reject.</summary>
internal sealed record ApprovalRequestFrame(string Content, ApprovalMetadata Metadata)
{
    public string Type => "approval_request";
}

internal sealed record ApprovalMetadata(
    string Title, string TemplateType, int Databases, int Pages, Contracts.Blueprints.BlueprintEstimateDto Estimate, string Planner);
