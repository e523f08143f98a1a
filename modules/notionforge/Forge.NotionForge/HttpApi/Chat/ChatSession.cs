using Forge.Hosting.ProductApi;
using Forge.NotionForge.Application;
using Forge.NotionForge.Application.Chat;
using Forge.NotionForge.Application.Connections;
using Forge.NotionForge.Application.Generation;
using Forge.NotionForge.Application.Planning;
using Forge.NotionForge.HttpApi.Generation;
using Forge.NotionForge.Planning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Forge.NotionForge.HttpApi.Chat;

/// <summary>
/// One <c>/ws/chat</c> connection (seed §1, ADR 53): init → message → ai_response (a clarifying question below 0.7
/// confidence, at most three) → approval_request → approve (a generation task, its events relayed as progress →
/// complete | error) or reject (the next message refines). Every refusal is an error frame and the socket stays open;
/// closing the socket while a generation runs cancels its task. A host that stops closes the socket itself (1001 Going
/// Away) and leaves the task running: it is durable and resumes here or on another host (ADR 53, "A host that stops").
/// </summary>
internal sealed class ChatSession(ChatChannel channel, ChatRateWindow rate, IServiceProvider services, ILogger logger)
{
    private readonly ChatConversation _conversation = new();
    private Session? _session;
    private Relay? _relay;

    private sealed record Session(NotionCredential Credential, string ParentPageId, PlanOptions Settings, PlanLanguage? Language);

    private sealed record Relay(string TaskId, Task Running, CancellationTokenSource Stop);

    /// <summary>How long a client has to answer the host's going-away close before its connection is dropped.</summary>
    private static readonly TimeSpan CloseAnswerTimeout = TimeSpan.FromSeconds(2);

    /// <param name="ct">The connection's end (the request aborted).</param>
    /// <param name="stopping">The host's stop (<c>ApplicationStopping</c>): the session goes away rather than hold the stop.</param>
    public async Task RunAsync(CancellationToken ct, CancellationToken stopping)
    {
        using var work = CancellationTokenSource.CreateLinkedTokenSource(ct, stopping);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStop = stopping.Register(() => stopped.TrySetResult());
        var goingAway = false;
        try
        {
            while (true)
            {
                // One receive at a time, never cancelled (that would abort the socket): the stop is awaited beside it.
                var receiving = channel.ReceiveAsync(ct);
                if (await Task.WhenAny(receiving, stopped.Task) != receiving)
                {
                    goingAway = true;
                    await GoAwayAsync(receiving);
                    break;
                }
                var received = await receiving;
                if (received.Kind == ReceivedKind.Closed) break;
                if (!rate.TryAcquire(out var retryAfter))
                {
                    await SendAsync(new ChatError(NotionForgeErrorCodes.RateLimited,
                        $"At most {rate.Limit} messages a minute per connection; try again in {retryAfter} s.", null), ct);
                    continue;
                }
                var (frame, error) = received.Kind switch
                {
                    ReceivedKind.Text => ChatFrameReader.Read(received.Text!),
                    ReceivedKind.Binary => (null, new ChatError(NotionForgeErrorCodes.ValidationError, "Send text frames of JSON, not binary.", "frame")),
                    _ => (null, new ChatError(NotionForgeErrorCodes.ValidationError, "The frame is larger than this server reads.", "frame")),
                };
                try
                {
                    if (error is not null) await SendAsync(error, work.Token);
                    else await HandleAsync(frame!, work.Token);
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested) { } // cut short: the loop goes away next
            }
        }
        finally
        {
            if (!goingAway)
            {
                await StopRelayAsync(cancelTask: true);
                await channel.CloseAsync();
            }
        }
    }

    /// <summary>
    /// The host is stopping: the relay stops but the task does not (a server-side stop is no client's cancel; the task's
    /// job is handed back and resumes here or on another host), and the close — 1001 Going Away — names the task, which
    /// the client follows by id (<c>GET /api/tasks/{id}</c>, as it could from any progress frame's <c>task_id</c>).
    /// </summary>
    private async Task GoAwayAsync(Task<Received> receiving)
    {
        var running = await StopRelayAsync(cancelTask: false);
        await channel.GoAwayAsync(running is null
            ? "host stopping; reconnect to chat"
            : $"host stopping; task {running} goes on: GET /api/tasks/{running}");
        // The client answers with its own close; one that does not is dropped rather than hold the host's stop.
        try { await receiving.WaitAsync(CloseAnswerTimeout); }
        catch (TimeoutException)
        {
            channel.Abort();
            await receiving;
        }
    }

    private async Task HandleAsync(ChatInbound frame, CancellationToken ct)
    {
        if (IsGenerating)
        {
            await SendAsync(new ChatError(NotionForgeErrorCodes.InvalidInput, "A generation is running; wait for complete or error (closing the socket cancels it).", "type"), ct);
            return;
        }
        try
        {
            switch (frame)
            {
                case InitFrame init: await InitAsync(init, ct); break;
                case MessageFrame message: await MessageAsync(message, ct); break;
                case ApproveFrame: await ApproveAsync(ct); break;
                case RejectFrame: await RejectAsync(ct); break;
            }
        }
        catch (ProductApiException refused)
        {
            await SendAsync(new ChatError(refused.Code, refused.Message, refused.Field), ct);
        }
    }

    private async Task InitAsync(InitFrame init, CancellationToken ct)
    {
        var parent = NotionIds.Normalize(init.ParentPageId, "parent_page_id");
        if (PromptGuard.CheckOptions(init.Settings) is { } bad)
            throw NotionForgeErrors.InvalidInput(bad.Field.Replace("options.", "settings.", StringComparison.Ordinal), bad.Message);
        var credential = await services.GetRequiredService<NotionCredentials>().ResolveAsync(init.NotionToken, "notion_token", ct);
        PlanLanguage? language = init.Settings.Language switch { "ko" => PlanLanguage.Korean, "en" => PlanLanguage.English, _ => null };
        _session = new Session(credential, parent, init.Settings, language);
        var planner = services.GetRequiredService<Application.Ai.PlannerEngine>().Current.Model;
        await SendAsync(new ReadyFrame(parent, credential.FromConnection, planner), ct);
    }

    private async Task MessageAsync(MessageFrame message, CancellationToken ct)
    {
        var session = _session ?? throw NotionForgeErrors.InvalidInput("type", "Send init (parent_page_id, notion_token or a connected workspace) first.");
        if (PromptGuard.Check(message.Content, "content") is { } refused) throw NotionForgeErrors.InvalidInput(refused.Field, refused.Message);
        var turn = _conversation.Add(message.Content, session.Settings);
        var a = turn.Analysis;
        if (a.Intent == PlanIntents.Modify)
        {
            await SendAsync(Response(ChatReplies.ModifyElsewhere(a.Language), a, question: false), ct);
            return;
        }
        if (turn.Ask)
        {
            await SendAsync(Response(ChatReplies.Question(a, _conversation.QuestionsAsked), a, question: true), ct);
            return;
        }
        var planned = await services.GetRequiredService<IBlueprintPlanner>().PlanAsync(_conversation.Prompt, session.Settings, ct);
        var blueprint = planned.Plan.Blueprint;
        _conversation.Propose(planned);
        await SendAsync(Response(ChatReplies.Planned(a, blueprint), a, question: false), ct);
        await SendAsync(new ApprovalRequestFrame(ChatReplies.AskApproval(a), new ApprovalMetadata(
            blueprint.Title, blueprint.TemplateType, blueprint.Databases.Count, 1 + blueprint.SubPages.Count, planned.Plan.Estimate, planned.Planner)), ct);
    }

    private AiResponseFrame Response(string content, PromptAnalysis a, bool question) =>
        new(content, new AiResponseMetadata(a.Intent, a.TemplateType, Math.Round(a.Confidence, 2), a.Skill.Id, question, _conversation.QuestionsAsked));

    private async Task ApproveAsync(CancellationToken ct)
    {
        var session = _session ?? throw NotionForgeErrors.InvalidInput("type", "Send init first.");
        var plan = _conversation.Approve() ?? throw NotionForgeErrors.InvalidInput("type", "There is no template awaiting approval; send a message first.");
        var task = await services.GetRequiredService<IGenerationTasks>().SubmitAsync(new GenerationSubmission(
            "chat", session.Credential.Token, session.Credential.FromConnection, session.ParentPageId, null, plan.Plan.Blueprint,
            session.Settings, plan.Plan.Blueprint.Skill, plan.Tokens), ct);
        await SendAsync(GenerationFrame.Queued(task.TaskId, plan.Plan.Analysis.Language == PlanLanguage.Korean), ct);
        var stop = new CancellationTokenSource();
        _relay = new Relay(task.TaskId, Task.Run(() => RelayAsync(task.TaskId, stop.Token), CancellationToken.None), stop);
    }

    private async Task RejectAsync(CancellationToken ct)
    {
        if (!_conversation.Reject()) throw NotionForgeErrors.InvalidInput("type", "There is no template awaiting approval.");
        await SendAsync(new AiResponseFrame(ChatReplies.Rejected(_session?.Language ?? PlanLanguage.Korean),
            new AiResponseMetadata("reject", "", 1, "", false, _conversation.QuestionsAsked)), ct);
    }

    private bool IsGenerating => _relay is { Running.IsCompleted: false };

    /// <summary>Relays the task's events until its terminal one (the task lives on its own; ADR 42).</summary>
    private async Task RelayAsync(string taskId, CancellationToken ct)
    {
        try
        {
            await foreach (var e in services.GetRequiredService<IGenerationTasks>().FollowAsync(taskId, 0, ct))
            {
                await SendAsync(GenerationFrame.From(e, taskId), ct);
                if (e.IsTerminal) return;
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
        catch (Exception e)
        {
            logger.LogError(e, "Relaying task {TaskId} to the chat failed", taskId);
            await SendAsync(new ChatError(NotionForgeErrorCodes.Internal, "Following the generation failed; the task goes on (GET /api/tasks/{task_id}).", null), CancellationToken.None);
        }
    }

    /// <summary>
    /// Stops relaying; the id of the task when it has not ended, which the client's close cancels (ADR 53: "cancel by
    /// closing") and the host's stop does not.
    /// </summary>
    private async Task<string?> StopRelayAsync(bool cancelTask)
    {
        if (_relay is not { } relay) return null;
        _relay = null;
        var finished = relay.Running.IsCompleted;
        await relay.Stop.CancelAsync();
        try { await relay.Running; } catch (OperationCanceledException) { }
        relay.Stop.Dispose();
        if (finished) return null;
        if (!cancelTask) return relay.TaskId;
        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await services.GetRequiredService<IGenerationTasks>().CancelAsync(relay.TaskId, limit.Token);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Cancelling task {TaskId} after its chat closed failed", relay.TaskId);
        }
        return relay.TaskId;
    }

    private async Task SendAsync(object frame, CancellationToken ct)
    {
        try { await channel.SendAsync(frame, ct); }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or OperationCanceledException) { } // the client left
    }
}
