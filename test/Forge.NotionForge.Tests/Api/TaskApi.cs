using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Tests.Api;

/// <summary>Calls of the tasks area (ADR 51) as a client makes them.</summary>
internal static class TaskApi
{
    /// <summary>What <c>SampleBlueprints.Valid()</c> becomes under its parent page, exactly (the fake's outline).</summary>
    public static readonly string ValidOutline = """
        page: Team hub
          page: Guide
            paragraph: How we work
          database: Projects
            data_source: Projects
              page: Website
          database: Tasks
            data_source: Tasks
              page: Draft
          callout: Welcome
          column_list: 
            column: 
              link_to_page: 
            column: 
              link_to_page: 

        """.ReplaceLineEndings("\n");

    public static HttpContent SubmitBody(string notionToken, string parentPageId, BlueprintDto? blueprint = null, string? prompt = null)
    {
        var body = new JsonObject { ["notion_token"] = notionToken, ["parent_page_id"] = parentPageId };
        if (blueprint is not null) body["blueprint"] = JsonNode.Parse(BlueprintJson.Serialize(blueprint));
        if (prompt is not null) body["prompt"] = prompt;
        return new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
    }

    public static async Task<string> SubmitAsync(this HttpClient client, HttpContent body)
    {
        using var response = await client.PostAsync("/api/tasks/submit", body);
        var json = await response.JsonAsync();
        ((int)response.StatusCode).ShouldBe(200, json.ToString());
        json.GetProperty("status").GetString().ShouldBe("pending");
        return json.GetProperty("task_id").GetString()!;
    }

    public static async Task<JsonElement> TaskAsync(this HttpClient client, string taskId)
    {
        using var response = await client.GetAsync($"/api/tasks/{taskId}");
        var json = await response.JsonAsync();
        ((int)response.StatusCode).ShouldBe(200, json.ToString());
        return json;
    }

    /// <summary>Polls the task until it is finished, at most 4 times a second (the tenant's request quota is 600 a minute).</summary>
    public static async Task<JsonElement> FinishedAsync(this HttpClient client, string taskId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            var task = await client.TaskAsync(taskId);
            if (task.Status() is "completed" or "failed" or "cancelled") return task;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Task {taskId} did not finish: {task}");
            await Task.Delay(250);
        }
    }

    public static string Status(this JsonElement task) => task.GetProperty("status").GetString()!;
}
