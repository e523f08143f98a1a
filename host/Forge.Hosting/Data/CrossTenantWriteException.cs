namespace Forge.Hosting.Data;

/// <summary>Code running for one tenant tried to save a row that belongs to another.</summary>
public sealed class CrossTenantWriteException(string entity, Guid? owner, Guid? current)
    : InvalidOperationException($"Refused to save {entity} of tenant '{owner?.ToString() ?? "host"}' while running as tenant '{current?.ToString() ?? "host"}'.");
