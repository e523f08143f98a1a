namespace Forge.Host.AdminConsole;

/// <summary>The console's usage periods: the last 7, 30 or 90 UTC days, today included.</summary>
public static class UsageRange
{
    public static int Clamp(int days) => days switch { <= 7 => 7, <= 30 => 30, _ => 90 };

    public static (DateOnly From, DateOnly To) Last(int days, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return (today.AddDays(1 - days), today);
    }
}
