using Forge.Host.ApiKeys;
using Forge.Host.Platform;
using Forge.Host.ProductApi;
using Forge.Hosting.ProductApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Forge.Host.Tests.ProductApi;

/// <summary>ADR 17: products come from modules' declarations and Forge:Products; nothing else is known.</summary>
public sealed class ProductCatalogTests
{
    private static readonly ApiKeyShape Shape = new("tm_live_", ["X-Test-Key"], 12, '_', 32);

    private static ProductCatalog Catalog(IEnumerable<ProductDefinition> modules, params (string Name, ProductKeyOptions Key)[] configured)
    {
        var options = new ProductCatalogOptions();
        foreach (var (name, key) in configured) options.Products[name] = key;
        return new ProductCatalog(modules, Options.Create(options));
    }

    private static ProductKeyOptions Configured(string prefix, string header = "X-Test-Key") =>
        new() { KeyPrefix = prefix, KeyHeaders = [header], KeyIdLength = 12, KeySeparator = '_', KeySecretLength = 32 };

    [Fact]
    public void Served_products_come_first_and_configuration_only_ones_are_known_but_not_served()
    {
        var catalog = Catalog([new ProductDefinition("testmod", Shape)], ("other", Configured("ot_live_", "X-Other-Key")));

        catalog.All.Select(p => p.Name).ShouldBe(["testmod", "other"]);
        catalog.IsServed("testmod").ShouldBeTrue();
        catalog.IsServed("other").ShouldBeFalse();
        catalog.KeyHeaders.ShouldBe(["X-Test-Key", "X-Other-Key"]);
        catalog.Find("analysis").ShouldBeNull();
    }

    [Fact]
    public void A_key_is_recognised_only_in_its_products_header_and_shape()
    {
        var catalog = Catalog([new ProductDefinition("testmod", Shape)]);
        var (keyId, key) = Shape.Generate();

        catalog.TryParseKey("x-test-key", key, out var product, out var parsedId).ShouldBeTrue();
        (product!.Name, parsedId).ShouldBe(("testmod", keyId));
        catalog.TryParseKey("X-API-Key", key, out _, out _).ShouldBeFalse();
        catalog.TryParseKey("X-Test-Key", key[..^1], out _, out _).ShouldBeFalse();
        catalog.TryParseKey("X-Test-Key", "bs_live_" + key["tm_live_".Length..], out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void A_module_disagreeing_with_its_configured_key_shape_stops_start_up()
    {
        var error = Should.Throw<InvalidOperationException>(() =>
            Catalog([new ProductDefinition("testmod", Shape)], ("testmod", Configured("xx_live_"))));
        error.Message.ShouldContain("Forge:Products:testmod");
    }

    [Fact]
    public void Two_products_whose_prefixes_overlap_on_one_header_stop_start_up()
    {
        var error = Should.Throw<InvalidOperationException>(() =>
            Catalog([new ProductDefinition("testmod", Shape)], ("other", Configured("tm_live_sk_"))));
        error.Message.ShouldContain("tm_live_");
    }

    [Fact]
    public void Two_modules_declaring_one_product_stop_start_up() =>
        Should.Throw<InvalidOperationException>(() => Catalog([new ProductDefinition("testmod", Shape), new ProductDefinition("testmod", Shape)]))
            .Message.ShouldContain("more than one module");

    [Fact]
    public async Task Keys_are_not_issued_for_a_product_the_host_does_not_know()
    {
        await using var host = await TestHost.StartAsync();
        var tenant = await host.CreateTenantAsync("unknown-product");

        var error = await Should.ThrowAsync<PlatformValidationException>(() => host.InScopeAsync(sp =>
            sp.GetRequiredService<ApiKeyManager>().CreateAsync(tenant, "spreadsheets", null)));
        error.Field.ShouldBe("product");
        error.Message.ShouldContain("analysis, fortune, notionforge"); // Analysis is now a built-in module
    }
}
