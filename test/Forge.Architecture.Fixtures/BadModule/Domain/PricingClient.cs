namespace Forge.BadModule.Domain;

/// <summary>VIOLATION: domain code making HTTP calls (only inside a method body).</summary>
public sealed class PricingClient
{
    public async Task<string> PriceAsync(Uri source)
    {
        using var http = new HttpClient();
        return await http.GetStringAsync(source);
    }
}
