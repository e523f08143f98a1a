using Forge.Fortune.Fortunes;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>The stored fortune a generate call answered with; <see cref="Cached"/> when it already existed.</summary>
public sealed record FortuneGenerationResult(FortuneDto Fortune, bool Cached);
