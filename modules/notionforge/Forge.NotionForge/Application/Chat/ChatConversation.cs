using Forge.NotionForge.Application.Planning;
using Forge.NotionForge.Planning;

namespace Forge.NotionForge.Application.Chat;

/// <summary>
/// One connection's conversation (ADR 53), without I/O: the messages since the last generation (read together, so an
/// answer to a clarifying question or a refinement after a rejection adds to the request), how many clarifying
/// questions were asked (at most <see cref="MaxQuestions"/>, then the best guess goes ahead) and the plan awaiting approval.
/// </summary>
public sealed class ChatConversation
{
    /// <summary>Below this the request is unclear (ADR 44: one exact keyword gives 0.70).</summary>
    public const double ConfidenceThreshold = 0.7;
    public const int MaxQuestions = 3;

    private readonly List<string> _messages = [];

    public int QuestionsAsked { get; private set; }

    public PlannedBlueprint? Pending { get; private set; }

    /// <summary>Provider tokens spent on every plan since the last generation, rejected ones included (ADR 59).</summary>
    public long TokensSpent { get; private set; }

    /// <summary>The request as the planner reads it: every message since the last generation, newest kept when too long.</summary>
    public string Prompt
    {
        get
        {
            var text = string.Join("\n", _messages);
            return text.Length <= PromptGuard.MaxLength ? text : text[^PromptGuard.MaxLength..].TrimStart();
        }
    }

    /// <summary>Adds a message (checked by the caller) and decides: ask (unclear, questions left) or plan.</summary>
    public ChatTurn Add(string message, PlanOptions options)
    {
        _messages.Add(message.Trim());
        Pending = null; // a new message replaces any plan not yet approved
        var analysis = PromptAnalyzer.Analyze(Prompt, options);
        if (analysis.Intent == PlanIntents.Create && analysis.Confidence < ConfidenceThreshold && QuestionsAsked < MaxQuestions)
        {
            QuestionsAsked++;
            return new ChatTurn(analysis, Ask: true);
        }
        return new ChatTurn(analysis, Ask: false);
    }

    public void Propose(PlannedBlueprint plan)
    {
        Pending = plan;
        TokensSpent += plan.Tokens;
    }

    /// <summary>
    /// The approved plan carrying every plan's tokens since the last generation (what this template cost to design);
    /// the conversation then starts afresh for the next template.
    /// </summary>
    public PlannedBlueprint? Approve()
    {
        var plan = Pending;
        if (plan is null) return null;
        var spent = TokensSpent;
        _messages.Clear();
        QuestionsAsked = 0;
        TokensSpent = 0;
        Pending = null;
        return plan with { Tokens = spent };
    }

    /// <summary>Drops the plan; the messages stay, so the next message refines the same request.</summary>
    public bool Reject()
    {
        if (Pending is null) return false;
        Pending = null;
        return true;
    }
}

/// <summary>What a message led to: a clarifying question, or a plan to propose.</summary>
public sealed record ChatTurn(PromptAnalysis Analysis, bool Ask);
