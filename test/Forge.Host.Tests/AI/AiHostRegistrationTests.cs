using Forge.Hosting.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.AI;

public sealed class AiHostRegistrationTests
{
    [Fact]
    public async Task The_host_registers_the_AI_catalog_and_with_no_keys_reports_every_alias_unconfigured()
    {
        await using var host = await TestHost.StartAsync();

        var catalog = host.Services.GetRequiredService<IAiModelCatalog>();
        host.Services.GetRequiredService<IAiChatClientFactory>().ShouldBeSameAs(catalog);
        catalog.Aliases.ShouldContain("haiku");
        catalog.IsConfigured("haiku").ShouldBeFalse();
    }
}
