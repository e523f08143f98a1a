using Forge.NotionForge.Application.Chat;
using Forge.NotionForge.Application.Planning;
using Forge.NotionForge.Planning;

namespace Forge.NotionForge.Tests.Chat;

/// <summary>The chat's rules without a socket (ADR 53): the sliding minute and the conversation's questions and plans.</summary>
public sealed class ChatRulesTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 3, 0, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void The_window_refuses_the_21st_frame_and_frees_a_slot_a_minute_after_the_oldest()
    {
        var clock = new ManualClock();
        var window = new ChatRateWindow(20, clock);
        for (var i = 0; i < 20; i++)
        {
            window.TryAcquire(out _).ShouldBeTrue();
            clock.Now += TimeSpan.FromSeconds(1);
        }
        window.TryAcquire(out var wait).ShouldBeFalse();
        wait.ShouldBe(40); // the first frame was 20 s ago
        window.TryAcquire(out _).ShouldBeFalse(); // a refused frame does not count, and is still refused

        clock.Now += TimeSpan.FromSeconds(40);
        window.TryAcquire(out _).ShouldBeTrue();
        window.TryAcquire(out _).ShouldBeFalse();
    }

    [Fact]
    public void Three_questions_at_most_then_the_best_guess_and_a_rejection_keeps_the_request()
    {
        var chat = new ChatConversation();
        for (var i = 1; i <= ChatConversation.MaxQuestions; i++)
        {
            var turn = chat.Add("뭔가 만들어줘", new PlanOptions());
            turn.Ask.ShouldBeTrue();
            chat.QuestionsAsked.ShouldBe(i);
        }
        chat.Add("아무거나", new PlanOptions()).Ask.ShouldBeFalse();

        var plan = new PlannedBlueprint(BuiltInPlanner.Plan(chat.Prompt), "builtin");
        chat.Propose(plan);
        chat.Reject().ShouldBeTrue();
        chat.Reject().ShouldBeFalse();
        chat.Prompt.ShouldContain("뭔가 만들어줘");

        chat.Propose(plan);
        chat.Approve().ShouldBe(plan);
        chat.Prompt.ShouldBeEmpty();
        chat.QuestionsAsked.ShouldBe(0);
        chat.Approve().ShouldBeNull();
    }

    [Fact]
    public void A_long_conversation_keeps_its_newest_2000_characters()
    {
        var chat = new ChatConversation();
        chat.Add(new string('가', 1500) + " 프로젝트", new PlanOptions());
        chat.Add("습관 트래커 " + new string('나', 1000), new PlanOptions());
        chat.Prompt.Length.ShouldBeLessThanOrEqualTo(PromptGuard.MaxLength);
        chat.Prompt.ShouldEndWith(new string('나', 1000));
    }
}
