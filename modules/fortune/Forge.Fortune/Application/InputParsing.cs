using Forge.Hosting.ProductApi;
namespace Forge.Fortune.Application;

/// <summary>Turns wire values into domain values, naming the field on failure.</summary>
internal static class InputParsing
{
    public static T Required<T>(T? value, string field) where T : struct =>
        value ?? throw FortuneRefusal.Missing(field);

    public static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw FortuneRefusal.Missing(field) : value;

    /// <summary>Parses a snake_case wire value (e.g. "day_start_23") into <typeparamref name="TEnum"/>.</summary>
    public static TEnum Enum<TEnum>(string? value, string field, TEnum fallback) where TEnum : struct, System.Enum
    {
        if (value is null) return fallback;
        var match = System.Enum.GetValues<TEnum>().Where(e => Wire(e) == value.Trim().ToLowerInvariant()).ToList();
        return match.Count == 1
            ? match[0]
            : throw FortuneRefusal.Invalid(field, $"{field} must be one of: {string.Join(", ", System.Enum.GetValues<TEnum>().Select(e => Wire(e)))}.");
    }

    /// <summary>PascalCase enum name → snake_case wire name (DayStart23 → day_start_23).</summary>
    public static string Wire<TEnum>(TEnum value) where TEnum : struct, System.Enum
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var boundary = i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(name[i - 1])));
            if (boundary) builder.Append('_');
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
