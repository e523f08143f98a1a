using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Forge.Hosting.AI;

/// <summary>The object a model produced, with the response it came in.</summary>
/// <param name="Usage">Tokens of every attempt summed, the corrective retries included: what the call cost.</param>
/// <param name="Attempts">How many replies it took.</param>
public sealed record AiStructuredResult<T>(T Value, ChatResponse Response, UsageDetails Usage, int Attempts)
{
    /// <summary>The summed usage priced for <paramref name="model"/>.</summary>
    public AiUsage UsageFor(AiModelInfo model) => AiUsage.From(Usage, model);
}

/// <summary>
/// Asks a model for a JSON object and turns the reply into a validated <typeparamref name="T"/>.
/// Provider-neutral on purpose: the instruction is plain text, not a provider's JSON mode, so the same
/// call works for every alias.
/// </summary>
public static class AiStructuredOutput
{
    private static readonly JsonSerializerOptions DefaultJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Sends <paramref name="messages"/> with an instruction to answer in JSON, then parses and validates.
    /// With <paramref name="maxAttempts"/> above 1, an invalid reply is answered with its errors and the
    /// model asked again; the last failure is thrown, carrying the usage of every attempt.
    /// </summary>
    /// <param name="validate">Returns what is wrong with a parsed value; empty when it is valid.</param>
    /// <exception cref="AiStructuredOutputException">The last reply was still not valid.</exception>
    public static async Task<AiStructuredResult<T>> GetAsync<T>(
        IChatClient client,
        IEnumerable<ChatMessage> messages,
        Func<T, IEnumerable<string>>? validate = null,
        ChatOptions? options = null,
        int maxAttempts = 1,
        JsonSerializerOptions? json = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        var conversation = new List<ChatMessage>(messages) { new(ChatRole.User, Instruction) };
        var usage = new UsageDetails();
        for (var attempt = 1; ; attempt++)
        {
            var response = await client.GetResponseAsync(conversation, options, cancellationToken);
            if (response.Usage is { } used) usage.Add(used);
            try
            {
                return new AiStructuredResult<T>(Parse(response.Text, validate, json), response, usage, attempt);
            }
            catch (AiStructuredOutputException invalid) when (attempt < maxAttempts)
            {
                conversation.AddRange(response.Messages);
                conversation.Add(new ChatMessage(ChatRole.User,
                    $"That reply was not valid: {string.Join("; ", invalid.Errors)}. {Instruction}"));
            }
            catch (AiStructuredOutputException invalid)
            {
                invalid.Usage = usage;
                invalid.Attempts = attempt;
                throw;
            }
        }
    }

    /// <summary>Extracts, deserializes and validates; throws <see cref="AiStructuredOutputException"/> if any step fails.</summary>
    public static T Parse<T>(string responseText, Func<T, IEnumerable<string>>? validate = null, JsonSerializerOptions? json = null)
    {
        var objectText = AiJsonExtractor.ExtractObject(responseText)
            ?? throw Invalid<T>(responseText, "the reply contains no JSON object");
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(objectText, json ?? DefaultJson);
        }
        catch (JsonException e)
        {
            throw Invalid<T>(responseText, $"the JSON is malformed or does not fit ({e.Message})", e);
        }
        if (value is null) throw Invalid<T>(responseText, "the JSON is null");
        var errors = validate?.Invoke(value).ToList() ?? [];
        if (errors.Count > 0) throw new AiStructuredOutputException(typeof(T), errors, responseText);
        return value;
    }

    private const string Instruction =
        "Reply with a single JSON object only: no prose before or after it, no comments.";

    private static AiStructuredOutputException Invalid<T>(string text, string error, Exception? inner = null) =>
        new(typeof(T), [error], text, inner);
}
