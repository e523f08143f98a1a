namespace Forge.TestKit.FakeAi;

/// <summary>
/// One scripted answer of a fake provider: a reply, an error in the provider's format, or either of
/// them after a delay (to make an attempt time out).
/// </summary>
public sealed record FakeAiOutcome
{
    public string? Text { get; init; }

    public int? InputTokens { get; init; }

    public int? OutputTokens { get; init; }

    /// <summary>Non-null for an error answer.</summary>
    public int? ErrorStatus { get; init; }

    public string? ErrorMessage { get; init; }

    /// <summary>Seconds for the <c>retry-after</c> header, when set.</summary>
    public int? RetryAfterSeconds { get; init; }

    public TimeSpan Delay { get; init; }

    /// <summary>
    /// For a streamed request: the reply's text is sent in pieces of this many characters, one SSE event each
    /// (default 8), with <see cref="ChunkDelay"/> between them.
    /// </summary>
    public int ChunkLength { get; init; } = 8;

    public TimeSpan ChunkDelay { get; init; }

    /// <summary>
    /// For a streamed request: the stream breaks after this many characters of text — Anthropic's documented
    /// mid-stream <c>error</c> event (<c>overloaded_error</c>); OpenAI's connection is cut.
    /// </summary>
    public int? BreakAfterChars { get; init; }

    public static FakeAiOutcome Reply(string text, int? inputTokens = null, int? outputTokens = null) =>
        new() { Text = text, InputTokens = inputTokens, OutputTokens = outputTokens };

    public static FakeAiOutcome Error(int status, string? message = null, int? retryAfterSeconds = null) =>
        new() { ErrorStatus = status, ErrorMessage = message, RetryAfterSeconds = retryAfterSeconds };

    public static FakeAiOutcome RateLimited(int retryAfterSeconds = 1) => Error(429, retryAfterSeconds: retryAfterSeconds);

    public static FakeAiOutcome ServerError() => Error(500);

    /// <summary>A reply whose stream breaks after <paramref name="chars"/> characters (see <see cref="BreakAfterChars"/>).</summary>
    public static FakeAiOutcome BrokenStream(string text, int chars) => new() { Text = text, BreakAfterChars = chars };

    /// <summary>Answers <paramref name="then"/> (a short reply by default) only after <paramref name="delay"/>.</summary>
    public static FakeAiOutcome Slow(TimeSpan delay, FakeAiOutcome? then = null) =>
        (then ?? Reply("late")) with { Delay = delay };
}
