namespace Forge.Hosting.Modularity;

/// <summary>Declares the modules this module needs loaded (and configured) before it.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class DependsOnAttribute(params Type[] dependencies) : Attribute
{
    public IReadOnlyList<Type> Dependencies { get; } = dependencies;
}
