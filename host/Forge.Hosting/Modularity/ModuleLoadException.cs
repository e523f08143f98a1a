namespace Forge.Hosting.Modularity;

/// <summary>Start-up cannot continue: the module graph is invalid.</summary>
public sealed class ModuleLoadException(string message) : Exception(message);
