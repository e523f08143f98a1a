using System.Reflection;

namespace Forge.Architecture.Tests;

/// <summary>The deliberately mis-layered fixture assembly and its module roots.</summary>
public static class Fixtures
{
    public static readonly Assembly Assembly = typeof(GoodModule.GoodModule).Assembly;

    /// <summary>Breaks every rule, once per layer; see the VIOLATION comments in the fixture project.</summary>
    public const string BadRoot = "Forge.BadModule";

    /// <summary>Correctly layered: the layer rules must pass for it.</summary>
    public const string GoodRoot = "Forge.GoodModule";

    public const string AssemblyName = "Forge.Architecture.Fixtures";
}
