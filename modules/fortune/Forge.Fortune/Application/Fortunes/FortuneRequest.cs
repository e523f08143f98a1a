using Forge.Fortune.Domain.Readings;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>
/// A validated generate request, without the profile: what <see cref="FortuneGenerationService"/> takes.
/// Build it with <see cref="FortuneGenerationService.Parse"/> so every caller (create, batch, stream)
/// refuses the same input with the same error naming the same field.
/// </summary>
/// <param name="Date">The date asked for (KST); the stored fortune is keyed by its period's first day.</param>
/// <param name="Model">The alias asked for, in the catalog's spelling (<c>haiku</c>, <c>sonnet</c>, <c>gpt4o</c>).</param>
/// <param name="IncludeLuckyItems">Whether the returned Fortune shows <c>lucky_items</c> (they are always stored).</param>
public sealed record FortuneRequest(FortuneType Type, DateOnly Date, string Model, bool IncludeLuckyItems = true);
