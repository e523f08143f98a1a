namespace Forge.Hosting.Features;

public enum FeatureValueType
{
    Boolean,
    Integer,
    String,
}

/// <summary>
/// A feature a module declares: a typed value with a code default and per-edition values.
/// A tenant override (stored by the platform) wins over the edition value.
/// </summary>
public sealed record FeatureDefinition(string Name, FeatureValueType ValueType, string DefaultValue, string? Description = null)
{
    public IReadOnlyDictionary<string, string> EditionValues { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public static FeatureDefinition Boolean(string name, bool defaultValue, string? description = null) =>
        new(name, FeatureValueType.Boolean, defaultValue ? "true" : "false", description);

    public static FeatureDefinition Integer(string name, long defaultValue, string? description = null) =>
        new(name, FeatureValueType.Integer, defaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture), description);

    public static FeatureDefinition String(string name, string defaultValue, string? description = null) =>
        new(name, FeatureValueType.String, defaultValue, description);

    /// <summary>Returns a copy with <paramref name="value"/> for <paramref name="edition"/>.</summary>
    public FeatureDefinition WithEdition(string edition, string value)
    {
        var values = new Dictionary<string, string>(EditionValues, StringComparer.OrdinalIgnoreCase) { [edition] = value };
        return this with { EditionValues = values };
    }

    /// <summary>True when <paramref name="value"/> is a valid value of this feature's type.</summary>
    public bool Accepts(string value) => ValueType switch
    {
        FeatureValueType.Boolean => bool.TryParse(value, out _),
        FeatureValueType.Integer => long.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _),
        _ => true,
    };
}
