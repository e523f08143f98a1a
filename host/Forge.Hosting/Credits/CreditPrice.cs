using Forge.Hosting.Modularity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Forge.Hosting.Credits;

/// <summary>What one unit of a module's billable work costs, e.g. <c>analysis.run</c> = 1 credit.</summary>
/// <param name="Code">Unique across modules: <c>&lt;product&gt;.&lt;operation&gt;</c>.</param>
/// <param name="Description">For the console and the README: what the price buys.</param>
public sealed record CreditPrice(string Code, long Amount, string Description);

/// <summary>Every price the loaded modules declared; modules reserve by code instead of repeating numbers.</summary>
public interface ICreditPriceList
{
    IReadOnlyList<CreditPrice> All { get; }

    /// <exception cref="KeyNotFoundException">No module declared <paramref name="code"/>.</exception>
    CreditPrice Get(string code);
}

internal sealed class CreditPriceList : ICreditPriceList
{
    private readonly Dictionary<string, CreditPrice> _prices = new(StringComparer.Ordinal);

    public CreditPriceList(IEnumerable<CreditPrice> prices)
    {
        foreach (var price in prices)
            if (!_prices.TryAdd(price.Code, price))
                throw new InvalidOperationException($"The credit price '{price.Code}' is declared twice.");
        All = _prices.Values.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<CreditPrice> All { get; }

    public CreditPrice Get(string code) =>
        _prices.TryGetValue(code, out var price) ? price : throw new KeyNotFoundException($"No module declared the credit price '{code}'.");
}

public static class CreditPriceExtensions
{
    /// <summary>Declares a price, e.g. <c>context.AddCreditPrice("analysis.run", 1, "One resume analysis")</c>.</summary>
    public static ModuleServiceContext AddCreditPrice(this ModuleServiceContext context, string code, long amount, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        context.Services.AddSingleton(new CreditPrice(code, amount, description));
        context.Services.AddCreditPriceList();
        return context;
    }

    /// <summary>Registers <see cref="ICreditPriceList"/> (the host does, so it exists with no prices declared).</summary>
    public static IServiceCollection AddCreditPriceList(this IServiceCollection services)
    {
        services.TryAddSingleton<ICreditPriceList, CreditPriceList>();
        return services;
    }
}
