using Forge.Analysis.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Forge.Analysis.Tests.Documents;

public sealed class DocumentOptionsTests
{
    [Fact]
    public void Limits_bind_from_Forge_Analysis_Documents_and_an_invalid_one_is_refused()
    {
        var valid = Provider(new() { ["Forge:Analysis:Documents:MaxPages"] = "20", ["Forge:Analysis:Documents:TimeBudgetSeconds"] = "3" });
        var options = valid.GetRequiredService<IOptions<DocumentOptions>>().Value;
        (options.MaxPages, options.TimeBudgetSeconds, options.MaxZipEntries).ShouldBe((20, 3, 1000));
        valid.GetRequiredService<DocumentTextExtractor>().ShouldNotBeNull();

        var invalid = Provider(new() { ["Forge:Analysis:Documents:MaxPages"] = "0" });
        Should.Throw<OptionsValidationException>(() => invalid.GetRequiredService<IOptions<DocumentOptions>>().Value)
            .Message.ShouldContain("MaxPages");
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddAnalysisDocuments();
        return services.BuildServiceProvider();
    }
}
