using Microsoft.Extensions.AI;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>
/// Sums the token usage of every response that passes through. A structured-output call may ask twice
/// (a corrective retry after an invalid reply) and only returns the last response; both were paid for.
/// </summary>
internal sealed class UsageCountingChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public UsageDetails Usage { get; } = new() { InputTokenCount = 0, OutputTokenCount = 0 };

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, options, cancellationToken);
        if (response.Usage is { } usage) Usage.Add(usage);
        return response;
    }
}
