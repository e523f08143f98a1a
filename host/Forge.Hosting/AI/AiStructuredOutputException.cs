namespace Forge.Hosting.AI;

/// <summary>
/// The model answered, but not with a usable object: no JSON, JSON that does not fit the type, or a
/// value the caller's validator refused. Models get this wrong now and then, so a retry may succeed.
/// </summary>
public sealed class AiStructuredOutputException(Type targetType, IReadOnlyList<string> errors, string responseText, Exception? inner = null)
    : Exception($"The model's reply is not a valid {targetType.Name}: {string.Join("; ", errors)}", inner)
{
    public Type TargetType { get; } = targetType;

    /// <summary>What was wrong, in words that can be sent back to the model.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;

    /// <summary>The reply exactly as the model sent it.</summary>
    public string ResponseText { get; } = responseText;

    /// <summary>From <see cref="AiStructuredOutput.GetAsync{T}"/>: the tokens every attempt used (they are paid for too).</summary>
    public Microsoft.Extensions.AI.UsageDetails? Usage { get; internal set; }

    /// <summary>From <see cref="AiStructuredOutput.GetAsync{T}"/>: how many replies were refused.</summary>
    public int Attempts { get; internal set; }
}
