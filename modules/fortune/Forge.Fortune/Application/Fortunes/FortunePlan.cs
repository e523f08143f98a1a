using Forge.Fortune.Domain.Fortunes;
using Forge.Fortune.Domain.Readings;
using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>
/// What <see cref="FortuneGenerationService.PlanAsync"/> decided for one request: the stored fortune that
/// answers it (<see cref="Existing"/>), or the engine that must write a new one and the chart it reads.
/// </summary>
/// <param name="Model">The model in the cache key: the alias when its provider is configured, else <c>builtin</c>.</param>
/// <param name="Engine"><c>builtin</c>, <c>anthropic</c> or <c>openai</c>.</param>
internal sealed record FortunePlan(
    string ProfileId,
    FortuneRequest Request,
    DateOnly PeriodStart,
    bool UsesAi,
    string Model,
    string Engine,
    StoredFortune? Existing,
    SajuChart? Chart)
{
    public ReadingPeriod Period => ReadingPeriod.For(Request.Type, PeriodStart);
}
