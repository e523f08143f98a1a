using System.Text.Json.Nodes;
using Forge.NotionForge.Notion;
using Forge.TestKit.FakeNotion;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.Tests.Notion;

/// <summary>Notion's errors, as the fake answers them, become the seed's codes; our own limits refuse before sending.</summary>
public class NotionClientErrorTests
{
    [Fact]
    public async Task An_unknown_token_is_NOTION_AUTH_FAILED()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        await using var host = NotionTestHost.Start(fake);

        var e = await Should.ThrowAsync<NotionApiException>(() => host.Client.GetSelfAsync("ntn_not_a_token"));

        e.Code.ShouldBe(NotionErrorCodes.AuthFailed);
        e.NotionCode.ShouldBe("unauthorized");
        e.Message.ShouldNotContain("ntn_not_a_token");
    }

    [Fact]
    public async Task Missing_and_restricted_objects_are_NOT_FOUND()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        var token = fake.AddToken();
        await using var host = NotionTestHost.Start(fake);

        var missing = await Should.ThrowAsync<NotionApiException>(() => host.Client.RetrievePageAsync(token, Guid.NewGuid().ToString()));
        fake.EnqueueFault(new FakeNotionFault(403, "restricted_resource"));
        var restricted = await Should.ThrowAsync<NotionApiException>(() => host.Client.SearchAsync(token, "x"));

        missing.Code.ShouldBe(NotionErrorCodes.NotFound);
        missing.NotionCode.ShouldBe("object_not_found");
        restricted.Code.ShouldBe(NotionErrorCodes.NotFound);
        restricted.NotionStatus.ShouldBe(403);
    }

    [Fact]
    public async Task Notions_validation_error_is_VALIDATION_ERROR()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        var token = fake.AddToken();
        var root = fake.AddPage("Root");
        await using var host = NotionTestHost.Start(fake);
        var db = await host.Client.CreateDatabaseAsync(token, root, "Tasks", new JsonObject { ["Name"] = new JsonObject { ["title"] = new JsonObject() } });

        var e = await Should.ThrowAsync<NotionApiException>(() => host.Client.CreateRowAsync(token, db.DataSourceId,
            new JsonObject { ["No such column"] = new JsonObject { ["checkbox"] = true } }));

        e.Code.ShouldBe(NotionErrorCodes.ValidationError);
        e.NotionCode.ShouldBe("validation_error");
    }

    [Fact]
    public async Task A_slow_create_is_a_TIMEOUT_and_is_not_sent_twice()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        var token = fake.AddToken();
        var root = fake.AddPage("Root");
        await using var host = NotionTestHost.Start(fake, settings: new() { ["AttemptTimeout"] = "00:00:01" });
        await host.Client.GetSelfAsync(token); // a warm connection, so the attempt's second is spent waiting for Notion
        fake.EnqueueFault(new FakeNotionFault(500, "internal_server_error") { Delay = TimeSpan.FromSeconds(30) });

        var e = await Should.ThrowAsync<NotionApiException>(() => host.Client.CreatePageAsync(token, root, "Slow"));

        e.Code.ShouldBe(NotionErrorCodes.Timeout);
        fake.Log.For(token).Count(x => x.Method == "POST").ShouldBe(1);
    }

    [Fact]
    public async Task A_value_over_Notions_limit_is_refused_before_anything_is_sent()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        var token = fake.AddToken();
        await using var host = NotionTestHost.Start(fake);
        var tags = new JsonArray([.. Enumerable.Range(0, 101).Select(i => (JsonNode)new JsonObject { ["name"] = $"t{i}" })]);

        var e = await Should.ThrowAsync<NotionApiException>(() => host.Client.CreateRowAsync(token, Guid.NewGuid().ToString(),
            new JsonObject { ["Tags"] = new JsonObject { ["multi_select"] = tags } }));

        e.Code.ShouldBe(NotionErrorCodes.ValidationError);
        e.Field.ShouldBe("properties.Tags.multi_select");
        fake.Log.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_used_OAuth_code_is_NOTION_AUTH_FAILED_and_a_fresh_one_yields_a_working_token()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        fake.RegisterOAuthClient("client-1", "secret-1");
        var code = fake.IssueOAuthCode("Acme workspace");
        await using var host = NotionTestHost.Start(fake);

        var grant = await host.Client.ExchangeOAuthCodeAsync("client-1", "secret-1", code, "https://forge.example/api/oauth/callback");
        var reused = await Should.ThrowAsync<NotionApiException>(() => host.Client.ExchangeOAuthCodeAsync("client-1", "secret-1", code, null));
        var badSecret = await Should.ThrowAsync<NotionApiException>(() =>
            host.Client.ExchangeOAuthCodeAsync("client-1", "wrong", fake.IssueOAuthCode("x"), null));

        grant.WorkspaceName.ShouldBe("Acme workspace");
        grant.ToString().ShouldNotContain(grant.AccessToken);
        (await host.Client.GetSelfAsync(grant.AccessToken)).Object.ShouldBe("user");
        reused.Code.ShouldBe(NotionErrorCodes.AuthFailed);
        reused.NotionCode.ShouldBe("invalid_grant");
        badSecret.Code.ShouldBe(NotionErrorCodes.AuthFailed);
    }

    [Theory]
    [InlineData("2022-06-28")]
    [InlineData("latest")]
    public async Task A_Notion_Version_older_than_data_sources_stops_start_up(string version)
    {
        await using var fake = await FakeNotionServer.StartAsync();

        var e = Should.Throw<OptionsValidationException>(() => NotionTestHost.Start(fake, settings: new() { ["Version"] = version }));

        e.Message.ShouldContain($"{NotionOptions.Section}:Version");
    }
}
