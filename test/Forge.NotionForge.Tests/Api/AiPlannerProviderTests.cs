using Forge.NotionForge.Application.Ai;
using Forge.NotionForge.Application.Planning;
using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Planning;
using Forge.TestKit.FakeAi;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// The provider-backed planner through the real host against the fake Anthropic server (ADR 53): a valid reply is used
/// and labelled with the alias; an invalid one is repaired once with the validator's errors; invalid twice or an outage
/// falls back to the built-in planner, labelled <c>builtin-fallback</c>.
/// </summary>
public sealed class AiPlannerProviderTests(PlannerModelFixture fixture) : IClassFixture<PlannerModelFixture>
{
    private const string Prompt = "프로젝트 관리 대시보드 만들어줘";

    private IBlueprintPlanner Planner => fixture.Host.Services.GetRequiredService<IBlueprintPlanner>();

    private static string Designed(string title) =>
        "Here it is:\n```json\n" + BlueprintJson.Serialize(BuiltInPlanner.Plan(Prompt).Blueprint with { Title = title }) + "\n```";

    [Fact]
    public async Task A_valid_reply_is_the_plan_labelled_with_the_alias()
    {
        var before = fixture.Anthropic.RequestCount;
        fixture.Anthropic.Enqueue(FakeAiOutcome.Reply(Designed("AI가 설계한 대시보드")));

        var planned = await Planner.PlanAsync(Prompt, new PlanOptions(), CancellationToken.None);

        planned.Planner.ShouldBe("nf-planner");
        planned.Plan.Blueprint.Title.ShouldBe("AI가 설계한 대시보드");
        BlueprintValidator.Validate(planned.Plan.Blueprint).ShouldBeEmpty();
        planned.Plan.Estimate.NotionCalls.ShouldBeGreaterThan(0);
        fixture.Anthropic.RequestCount.ShouldBe(before + 1);
        var sent = fixture.Anthropic.Received[before].PromptText;
        sent.ShouldContain(Prompt);
        sent.ShouldContain("\"template_type\""); // the schema's exact shape travels as the built-in blueprint
    }

    [Fact]
    public async Task An_invalid_reply_is_repaired_once_with_the_validators_errors()
    {
        var before = fixture.Anthropic.RequestCount;
        fixture.Anthropic.Enqueue(FakeAiOutcome.Reply(Designed("")), FakeAiOutcome.Reply(Designed("고친 대시보드")));

        var planned = await Planner.PlanAsync(Prompt, new PlanOptions(), CancellationToken.None);

        planned.Planner.ShouldBe("nf-planner");
        planned.Plan.Blueprint.Title.ShouldBe("고친 대시보드");
        fixture.Anthropic.RequestCount.ShouldBe(before + 2);
        var repair = fixture.Anthropic.Received[before + 1].PromptText;
        repair.ShouldContain("That reply was not valid");
        repair.ShouldContain("title:"); // the validator's field, sent back
    }

    [Fact]
    public async Task Invalid_twice_falls_back_to_the_built_in_planner_labelled()
    {
        var before = fixture.Anthropic.RequestCount;
        fixture.Anthropic.Enqueue(FakeAiOutcome.Reply("not a blueprint"), FakeAiOutcome.Reply(Designed("")));

        var planned = await Planner.PlanAsync(Prompt, new PlanOptions(), CancellationToken.None);

        planned.Planner.ShouldBe(ProviderBlueprintPlanner.Fallback);
        BlueprintJson.Serialize(planned.Plan.Blueprint).ShouldBe(BlueprintJson.Serialize(BuiltInPlanner.Plan(Prompt).Blueprint));
        fixture.Anthropic.RequestCount.ShouldBe(before + ProviderBlueprintPlanner.MaxAttempts);
    }

    [Fact]
    public async Task An_outage_falls_back_to_the_built_in_planner_labelled()
    {
        var before = fixture.Anthropic.RequestCount;
        fixture.Anthropic.Enqueue(FakeAiOutcome.Error(529), FakeAiOutcome.Error(529)); // the first attempt and the pipeline's one retry

        var planned = await Planner.PlanAsync("독서 기록장 만들어줘", new PlanOptions(), CancellationToken.None);

        planned.Planner.ShouldBe(ProviderBlueprintPlanner.Fallback);
        planned.Plan.Blueprint.Skill.ShouldBe("reading_log");
        fixture.Anthropic.RequestCount.ShouldBe(before + 2);
    }

    [Fact]
    public void The_engine_names_the_alias_and_its_provider()
    {
        var engine = fixture.Host.Services.GetRequiredService<PlannerEngine>().Current;
        engine.IsBuiltIn.ShouldBeFalse();
        engine.Model.ShouldBe("nf-planner");
        engine.Engine.ShouldBe("anthropic");
    }
}
