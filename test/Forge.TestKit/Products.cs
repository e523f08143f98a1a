namespace Forge.TestKit;

/// <summary>
/// The product names tests use. The platform knows products from modules' declarations and
/// <c>Forge:Products</c> (ADR 17); Analysis and NotionForge are configuration-only entries until their modules arrive.
/// </summary>
public static class Products
{
    public const string Fortune = "fortune";
    public const string Analysis = "analysis";
    public const string NotionForge = "notionforge";

    public static readonly IReadOnlyList<string> All = [Fortune, Analysis, NotionForge];
}
