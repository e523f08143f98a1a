using System.Text.Json.Nodes;

namespace Forge.NotionForge.Notion;

/// <summary>
/// A view's <c>configuration</c> as Notion's Views API takes it (ADR 58): a board groups by a select or status property
/// (<c>group_by</c> with the property's id and type, groups in manual order; a status board by option), a calendar or
/// timeline places rows by a date property (<c>date_property_id</c>). Other layouts need none.
/// </summary>
public static class NotionViewLayouts
{
    public static bool NeedsProperty(string viewType) => viewType is "board" or "calendar" or "timeline";

    public static JsonObject? Configuration(string viewType, string? propertyId, string? propertyType)
    {
        switch (viewType)
        {
            case "board":
                var groupBy = new JsonObject { ["type"] = propertyType, ["property_id"] = propertyId, ["sort"] = new JsonObject { ["type"] = "manual" } };
                if (propertyType == "status") groupBy["group_by"] = "option";
                return new JsonObject { ["type"] = "board", ["group_by"] = groupBy };
            case "calendar" or "timeline":
                return new JsonObject { ["type"] = viewType, ["date_property_id"] = propertyId };
            default:
                return null;
        }
    }
}
