namespace Forge.Hosting.AI;

/// <summary>
/// The model aliases this host knows and whether each can be used. A module asks
/// <see cref="IsConfigured"/> first and uses its built-in engine when the answer is no.
/// </summary>
public interface IAiModelCatalog
{
    /// <summary>Every alias the host knows, whichever product accepts it.</summary>
    IReadOnlyCollection<string> Aliases { get; }

    /// <summary>The aliases <paramref name="product"/> accepts: the ones its module declared plus configured extras.</summary>
    IReadOnlyCollection<string> AliasesFor(string product);

    /// <summary>True when the alias exists and its provider has an API key.</summary>
    bool IsConfigured(string alias);

    /// <summary>The alias's provider, model id and prices.</summary>
    /// <exception cref="AiModelNotFoundException">No such alias.</exception>
    AiModelInfo Describe(string alias);
}
