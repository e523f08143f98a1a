namespace Forge.Hosting.ProductApi.Paging;

/// <summary>
/// The list a cursor belongs to: a product and one of its resources. A cursor issued for one scope (or one tenant)
/// does not open on another. <paramref name="Product"/> is part of the Data Protection purpose
/// (<c>Forge.&lt;Product&gt;.Cursor</c>), so it must not change once cursors are out (Fortune's is <c>Fortune</c>).
/// </summary>
public sealed record CursorScope(string Product, string Resource)
{
    internal string Purpose => $"Forge.{Product}.Cursor";
}
