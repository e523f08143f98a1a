using Forge.Hosting.MultiTenancy;

namespace Forge.Hosting.AI;

/// <summary>
/// Stamps a finished call with its tenant (the caller's <see cref="ICurrentTenant"/>) and product and hands it to
/// the <see cref="IAiCallLog"/>, when the host has one. The product is the one the client was asked for, else
/// the only product that declared the alias.
/// </summary>
internal sealed class AiCallRecorder(ForgeAiOptions options, TimeProvider time, ICurrentTenant? tenant = null, IAiCallLog? log = null)
{
    public void Record(AiModelInfo model, string? product, AiUsage usage, TimeSpan elapsed, string outcome)
    {
        if (log is null) return;
        log.Record(new AiCallRecord(tenant?.Id, product ?? SoleProductOf(model.Alias), model.Alias, model.ProviderName, model.ModelId,
            usage.InputTokens, usage.OutputTokens, usage.CostUsd, elapsed, outcome, time.GetUtcNow()));
    }

    private string? SoleProductOf(string alias)
    {
        var products = options.ProductAliases.Where(p => p.Value.Contains(alias, StringComparer.OrdinalIgnoreCase)).Select(p => p.Key).Take(2).ToList();
        return products.Count == 1 ? products[0] : null;
    }
}
