using BenchmarkDotNet.Attributes;
using Forge.Fortune.Domain.Saju;

namespace Forge.Benchmarks.Fortune;

/// <summary>
/// Charts per second on one core: the full <see cref="SajuCalculator.Calculate"/> (validation, time
/// correction, 節 lookup, pillars, ten gods, hidden stems, elements, 대운) over a fixed spread of
/// birth data, so the figure is an average over years, hours and conventions rather than one lucky input.
/// </summary>
[MemoryDiagnoser]
public class SajuEngineBenchmarks
{
    private const int Charts = 1024;
    private SajuRequest[] _requests = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261129);
        _requests = new SajuRequest[Charts];
        for (var i = 0; i < Charts; i++)
        {
            var year = random.Next(1900, 2101);
            var month = random.Next(1, 13);
            _requests[i] = new SajuRequest
            {
                BirthYear = year,
                BirthMonth = month,
                BirthDay = random.Next(1, DateTime.DaysInMonth(year, month) + 1),
                BirthHour = i % 8 == 0 ? null : random.Next(0, 24),
                BirthMinute = random.Next(0, 60),
                Gender = i % 2 == 0 ? Gender.Male : Gender.Female,
                TimeCorrection = (TimeCorrection)(i % 3),
                JasiConvention = (JasiConvention)(i % 3),
            };
        }
        // Warm the 節 tables the engine memoises, as a running host would have.
        foreach (var request in _requests) SajuCalculator.Calculate(request);
    }

    /// <summary>One operation = <see cref="Charts"/> charts; charts/s = 1024 / mean.</summary>
    [Benchmark(OperationsPerInvoke = Charts)]
    public int CalculateChart()
    {
        var sum = 0;
        foreach (var request in _requests) sum += SajuCalculator.Calculate(request).Elements.Wood;
        return sum;
    }

    /// <summary>The common case: fixed KST clock, default 子-hour school, hour known.</summary>
    [Benchmark]
    public SajuChart CalculateDefaultConventions() => SajuCalculator.Calculate(new SajuRequest
    {
        BirthYear = 1990, BirthMonth = 5, BirthDay = 15, BirthHour = 14, BirthMinute = 30, Gender = Gender.Male,
    });
}
