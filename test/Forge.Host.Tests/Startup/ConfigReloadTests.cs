using Forge.Host.Platform;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace Forge.Host.Tests.Startup;

/// <summary>The JSON configuration files are not watched unless asked for (ADR 76).</summary>
public sealed class ConfigReloadTests
{
    [Fact]
    public async Task A_built_host_reads_its_json_files_once()
    {
        await using var app = ForgeApplication.Build([]);
        JsonSources(app.Configuration).ShouldNotBeEmpty();
        JsonSources(app.Configuration).ShouldAllBe(s => !s.ReloadOnChange);
    }

    [Fact]
    public async Task An_operator_who_asks_for_the_watch_gets_it()
    {
        await using var app = ForgeApplication.Build([$"--{ConfigReload.Key}=true"]);
        JsonSources(app.Configuration).ShouldNotBeEmpty();
        JsonSources(app.Configuration).ShouldAllBe(s => s.ReloadOnChange);
    }

    [Fact]
    public void An_explicit_setting_on_the_command_line_is_left_alone()
    {
        string[] asked = ["--urls", "http://127.0.0.1:0", "--hostBuilder:reloadConfigOnChange=true"];
        ConfigReload.OffUnlessAsked(asked).ShouldBe(asked);
        ConfigReload.OffUnlessAsked(["--urls", "http://127.0.0.1:0"]).ShouldBe(["--hostBuilder:reloadConfigOnChange=false", "--urls", "http://127.0.0.1:0"]);
    }

    private static List<JsonConfigurationSource> JsonSources(IConfiguration configuration) =>
        ((IConfigurationRoot)configuration).Providers.OfType<JsonConfigurationProvider>().Select(p => p.Source).OfType<JsonConfigurationSource>().ToList();
}
