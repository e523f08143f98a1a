namespace Forge.Fortune.Events;

/// <summary>The event types of webhooks and the SSE feed (reference §6).</summary>
public static class FortuneEventTypes
{
    public const string ProfileCreated = "profile.created";
    public const string ProfileUpdated = "profile.updated";
    public const string ProfileDeleted = "profile.deleted";
    public const string FortuneGenerated = "fortune.generated";
    public const string FortuneCached = "fortune.cached";
    public const string FortuneDeleted = "fortune.deleted";
    public const string BatchCompleted = "batch.completed";
    public const string DailyReset = "daily.reset";
    public const string UnmaskedAccessed = "unmasked.accessed";

    /// <summary>Sent only by <c>POST /v1/webhooks/{id}/test</c>; never stored in the outbox.</summary>
    public const string TestPing = "test.ping";

    public static readonly IReadOnlyList<string> All =
    [
        ProfileCreated, ProfileUpdated, ProfileDeleted, FortuneGenerated, FortuneCached, FortuneDeleted,
        BatchCompleted, DailyReset, UnmaskedAccessed, TestPing,
    ];

    public static bool IsKnown(string type) => All.Contains(type);
}
