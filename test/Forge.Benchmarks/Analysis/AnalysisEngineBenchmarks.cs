using BenchmarkDotNet.Attributes;
using Forge.Analysis.Contracts.Results;
using Forge.Analysis.Domain.Engine;

namespace Forge.Benchmarks.Analysis;

/// <summary>
/// Built-in analysis engine time per analysis (issue 10, target ≤ 30 ms p50 for a two-page text resume):
/// the whole <see cref="AnalysisEngine.Analyze"/> — normalisation, sections, skill matching on both texts,
/// dated experience, verdicts, scores, questions and feedback. The dictionary is loaded once in setup, as a
/// running host holds it; <see cref="LoadDictionary"/> measures that one-off cost.
/// </summary>
[MemoryDiagnoser]
public class AnalysisEngineBenchmarks
{
    private readonly AnalysisInput _input = new(TwoPageInputs.Resume, TwoPageInputs.Posting, new DateOnly(2026, 12, 1));
    private AnalysisEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new AnalysisEngine();
        _engine.Analyze(_input);
    }

    [Benchmark]
    public AnalysisResult AnalyzeTwoPageResume() => _engine.Analyze(_input);

    [Benchmark]
    public int LoadDictionary() => SkillDictionary.LoadEmbedded().Skills.Count;
}
