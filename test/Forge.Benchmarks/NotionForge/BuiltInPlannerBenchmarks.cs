using BenchmarkDotNet.Attributes;
using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Planning;

namespace Forge.Benchmarks.NotionForge;

/// <summary>
/// Built-in planning time per prompt (issue 11, target ≤ 20 ms): what a preview does without HTTP — the prompt
/// guardrail, analysis, composition, the validator, the estimate and the JSON the client receives. The skill
/// catalogue is loaded in setup, as a running host holds it; <see cref="LoadSkills"/> measures that one-off cost.
/// </summary>
[MemoryDiagnoser]
public class BuiltInPlannerBenchmarks
{
    [Params(
        "프로젝트 관리 대시보드 만들어줘",
        "상세한 고객 관리 CRM과 영업 파이프라인, 거래처별 매출 집계까지 포함해서 만들어줘",
        "Weekly meal planner with recipes and groceries, detailed")]
    public string Prompt { get; set; } = "";

    [GlobalSetup]
    public void Setup() => PlanAndValidate();

    [Benchmark]
    public int PlanAndValidate()
    {
        if (PromptGuard.Check(Prompt) is not null) throw new InvalidOperationException("The benchmark prompt must pass the guardrail.");
        var result = BuiltInPlanner.Plan(Prompt, new PlanOptions { SampleCount = 5 });
        if (BlueprintValidator.Validate(result.Blueprint).Count != 0) throw new InvalidOperationException("The planner's blueprint must validate.");
        return BlueprintJson.Serialize(result.Blueprint).Length;
    }

    [Benchmark]
    public int LoadSkills() => EmbeddedData.Load<SkillDefinition>("Skills").Count;
}
