namespace Forge.NotionForge.Application.Tasks;

/// <summary>The seed's times: Unix seconds as floats.</summary>
internal static class TaskTime
{
    public static double Unix(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).Subtract(DateTime.UnixEpoch).TotalMilliseconds / 1000.0;

    public static double? Unix(DateTime? utc) => utc is { } t ? Unix(t) : null;
}
