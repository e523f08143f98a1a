using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Forge.Hosting.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.OpenApi.Tests;

/// <summary>
/// /openapi/fortune.json is the product's contract (issue 8 §6): every Fortune route is in it and nowhere else,
/// with an id, a tag, a summary, its schemas, its security and the product's error envelope.
/// </summary>
public sealed partial class FortuneDocumentTests : IAsyncLifetime
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];
    private TestHost _host = null!;
    private JsonNode _fortune = null!;
    private JsonNode _platform = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync();
        _fortune = await OpenApiDocuments.FetchAsync(_host, "fortune");
        _platform = await OpenApiDocuments.FetchAsync(_host, "platform");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void Every_fortune_route_is_in_the_fortune_document_and_not_in_the_platform_one()
    {
        var routes = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ApiDocuments.DocumentOf(e.Metadata.ToList()) == "fortune")
            .SelectMany(e => ApiDocuments.MethodsOf(e.Metadata.ToList()).Select(m => (Method: m.ToLowerInvariant(), Path: Path(e))))
            .ToList();
        routes.Count.ShouldBeGreaterThan(30);
        foreach (var (method, path) in routes)
        {
            _fortune["paths"]?[path]?[method].ShouldNotBeNull($"{method} {path} is not in /openapi/fortune.json");
            _platform["paths"]?[path]?[method].ShouldBeNull($"{method} {path} is in /openapi/platform.json");
        }
        Operations(_fortune).Count().ShouldBe(routes.Count);
    }

    [Fact]
    public void Every_operation_has_an_id_a_tag_a_summary_and_a_typed_success_response()
    {
        foreach (var document in new[] { _fortune, _platform })
        foreach (var (name, operation) in Operations(document))
        {
            operation["operationId"]?.GetValue<string>().ShouldNotBeNullOrEmpty(name);
            operation["summary"]?.GetValue<string>().ShouldNotBeNullOrEmpty(name);
            operation["tags"]!.AsArray().Count.ShouldBeGreaterThan(0, name);
            var success = operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')).ToList();
            success.ShouldNotBeEmpty(name);
            success.All(r => r.Key == "204" || r.Value?["content"]?.AsObject().Any(c => c.Value?["schema"] is not null) == true)
                .ShouldBeTrue($"{name}: a success response without a schema");
        }
        var ids = Operations(_fortune).Select(o => o.Operation["operationId"]!.GetValue<string>()).ToList();
        ids.Distinct().Count().ShouldBe(ids.Count);
    }

    [Fact]
    public void Bodies_are_typed_and_errors_use_the_fortune_envelope()
    {
        foreach (var (name, operation) in Operations(_fortune))
        {
            if (name.StartsWith("post", StringComparison.Ordinal) || name.StartsWith("put", StringComparison.Ordinal) || name.StartsWith("patch", StringComparison.Ordinal))
                operation["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"].ShouldNotBeNull($"{name} has no typed JSON body");
            foreach (var (status, response) in operation["responses"]!.AsObject().Where(r => r.Key[0] is '4' or '5'))
                response!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>()
                    .ShouldBe("#/components/schemas/ErrorEnvelope", $"{name} {status}");
        }
        var error = _fortune["components"]!["schemas"]!["ErrorBody"]!;
        error["properties"]!.AsObject().Select(p => p.Key).ShouldBe(["code", "type", "message", "field", "retry_after"], ignoreOrder: true);
        error["required"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["code", "type", "message"], ignoreOrder: true);
        _fortune["components"]!["schemas"]!["ErrorMeta"]!["properties"]!["request_id"].ShouldNotBeNull();
    }

    [Fact]
    public void Property_names_are_the_wire_names_snake_case_for_v1_camel_case_for_v0()
    {
        foreach (var (name, schema) in _fortune["components"]!["schemas"]!.AsObject())
        {
            var pattern = name.StartsWith("Simple", StringComparison.Ordinal) ? CamelCase() : SnakeCase();
            foreach (var property in schema!["properties"]?.AsObject() ?? [])
                pattern.IsMatch(property.Key).ShouldBeTrue($"{name}.{property.Key}");
        }
        _fortune["components"]!["schemas"]!["ProfileCreateInput"]!["properties"]!["birth_year"]!["type"]!.ToJsonString().ShouldContain("integer");
    }

    [Fact]
    public void Security_schemes_are_the_fortune_key_header_and_client_credentials_with_the_fortune_scope()
    {
        var schemes = _fortune["components"]!["securitySchemes"]!;
        schemes["fortuneApiKey"]!["type"]!.GetValue<string>().ShouldBe("apiKey");
        schemes["fortuneApiKey"]!["in"]!.GetValue<string>().ShouldBe("header");
        schemes["fortuneApiKey"]!["name"]!.GetValue<string>().ShouldBe("X-API-Key");
        var flow = schemes["fortuneOAuth"]!["flows"]!["clientCredentials"]!;
        flow["tokenUrl"]!.GetValue<string>().ShouldBe("/connect/token");
        flow["scopes"]!["fortune"].ShouldNotBeNull();

        var create = _fortune["paths"]!["/v1/profiles"]!["post"]!;
        create["security"]!.AsArray().Select(s => s!.AsObject().Single().Key).ShouldBe(["fortuneApiKey", "fortuneOAuth"]);
        _fortune["paths"]!["/v1/health"]!["get"]!["security"]!.AsArray().ShouldBeEmpty();
        // Status: anonymous gets the summary, a Fortune credential the details, so the credential is optional.
        _fortune["paths"]!["/v1/status"]!["get"]!["security"]!.AsArray().Count(s => s!.AsObject().Count == 0).ShouldBe(1);
    }

    [Fact]
    public void Query_parameters_carry_types_enums_and_formats_and_main_operations_have_examples()
    {
        var list = _fortune["paths"]!["/v1/fortunes"]!["get"]!["parameters"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["schema"]!);
        list["limit"]["type"]!.GetValue<string>().ShouldBe("integer");
        list["limit"]["maximum"]!.GetValue<int>().ShouldBe(100);
        list["fortune_type"]["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(["daily", "monthly", "yearly"]);
        list["date_from"]["format"]!.GetValue<string>().ShouldBe("date");
        _fortune["paths"]!["/v1/fortunes"]!["post"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ShouldContain("Idempotency-Key");

        _fortune["paths"]!["/v1/profiles"]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!["birth_year"]!.GetValue<int>().ShouldBe(1990);
        _fortune["paths"]!["/v1/fortunes"]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!["fortune_type"]!.GetValue<string>().ShouldBe("daily");
        _fortune["paths"]!["/v1/fortunes/batch"]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!["profile_ids"]!.AsArray().Count.ShouldBe(2);
        _fortune["paths"]!["/api/saju"]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!["year"]!.GetValue<int>().ShouldBe(1990);
    }

    [Theory]
    [InlineData("fortune")]
    [InlineData("platform")]
    public async Task Scalar_serves_each_document(string name)
    {
        var page = await _host.Client.GetStringAsync($"/scalar/{name}");
        page.ShouldContain($"openapi/{name}.json"); // the document the page loads
    }

    private static IEnumerable<(string Name, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(op => Methods.Contains(op.Key))
            .Select(op => ($"{op.Key} {path.Key}", op.Value!)));

    private static string Path(RouteEndpoint endpoint) =>
        "/" + string.Join('/', (endpoint.RoutePattern.RawText ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex SnakeCase();

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex CamelCase();
}
