using Forge.Hosting.OpenApi;
using Forge.NotionForge.Application.Ai;
using Forge.NotionForge.HttpApi.Chat;
using Forge.NotionForge.HttpApi.Generation;
using static Forge.NotionForge.HttpApi.OpenApi.NotionForgeApiDocument;

namespace Forge.NotionForge.HttpApi.OpenApi;

/// <summary>The chat-and-AI area's rows (ADR 53): generate, stream, the chat socket, provider detection, Copilot.</summary>
internal static class AiOperations
{
    public static readonly IReadOnlyList<ApiOperation> All =
    [
        Op("POST", "/api/templates/generate", "generateTemplate", "Templates").Body<GenerateRequest>().Returns<GenerateResponse>()
            .Errors(400, 404, 422, 504),
        Op("POST", "/api/templates/generate/stream", "streamTemplateGeneration", "Templates").Body<GenerateRequest>().Streams()
            .Header("Last-Event-ID", "Resume a stream: '<task_id>:<event id>' from a frame's id: line; the body is then not read.")
            .Errors(400, 404, 422),
        // The socket itself (101 Switching Protocols) and, without Upgrade, how to use it (200).
        Op("GET", "/ws/chat", "chat", "Chat").Returns<ChatProtocolView>().Returns(101, typeof(string), "text/plain"),
        Op("POST", "/api/templates/ai/detect-provider", "detectAiProvider", "AI providers").Body<DetectProviderRequest>()
            .Returns<DetectedProvider>().Errors(400, 422, 504),
        Op("GET", "/api/templates/ai/copilot-status", "getCopilotStatus", "AI providers").Returns<CopilotStatus>(),
        Op("POST", "/api/templates/ai/copilot-model", "setCopilotModel", "AI providers").Body<CopilotModelRequest>()
            .Returns<CopilotModelView>().Errors(400, 422),
    ];
}
