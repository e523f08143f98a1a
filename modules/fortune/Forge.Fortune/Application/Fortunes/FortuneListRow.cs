using System.Linq.Expressions;
using Forge.Fortune.Domain.Fortunes;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>
/// The columns a list item shows, projected in the query (ADR 45): the list reads ten columns instead of the whole
/// row — not the two JSON columns, the engine model or the tenant — and EF Core materialises no entity for them.
/// </summary>
internal sealed class FortuneListRow
{
    public required string Id { get; init; }
    public required string ProfileId { get; init; }
    public required string FortuneType { get; init; }
    public DateOnly FortuneDate { get; init; }
    public required string Model { get; init; }
    public required string Engine { get; init; }
    public int Score { get; init; }
    public required string Summary { get; init; }
    public int CacheHits { get; init; }
    public DateTime GeneratedAt { get; init; }

    /// <summary>Used by every list query, composed and compiled alike, so they all read the same columns.</summary>
    public static readonly Expression<Func<StoredFortune, FortuneListRow>> FromStored = f => new FortuneListRow
    {
        Id = f.Id, ProfileId = f.ProfileId, FortuneType = f.FortuneType, FortuneDate = f.FortuneDate, Model = f.Model,
        Engine = f.Engine, Score = f.Score, Summary = f.Summary, CacheHits = f.CacheHits, GeneratedAt = f.GeneratedAt,
    };
}
