using System.Text.Json.Serialization;

namespace Forge.Fortune.Calculations;

/// <summary><c>POST /v1/calculations/saju</c> body: the birth, and whether to include the analysis.</summary>
public sealed record SajuCalculationInput : BirthDataInput
{
    [JsonPropertyName("include_analysis")] public bool? IncludeAnalysis { get; init; }
}
