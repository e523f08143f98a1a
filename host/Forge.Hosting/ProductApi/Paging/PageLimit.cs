using System.Globalization;

namespace Forge.Hosting.ProductApi.Paging;

/// <summary>A list's <c>limit</c> query value: absent means the default; anything but 1…max is the field-named 400.</summary>
public static class PageLimit
{
    public static int Parse(string? value, int defaultLimit = 20, int max = 100, string field = "limit")
    {
        if (string.IsNullOrEmpty(value)) return defaultLimit;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= max
            ? limit
            : throw ProductApiException.Invalid(ProductJson.InvalidField, field, $"{field} must be an integer from 1 to {max}.");
    }
}
