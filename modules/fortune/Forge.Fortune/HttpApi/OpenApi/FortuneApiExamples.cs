using Forge.Fortune.Batches;
using Forge.Fortune.Calculations;
using Forge.Fortune.Fortunes;
using Forge.Fortune.Profiles;
using Forge.Fortune.Simple;

namespace Forge.Fortune.HttpApi.OpenApi;

/// <summary>Example bodies of the main operations, as the typed contracts (serialized with Fortune's JSON options).</summary>
internal static class FortuneApiExamples
{
    public static readonly SajuCalculationInput Birth = new()
    {
        BirthYear = 1990, BirthMonth = 5, BirthDay = 15, BirthHour = 14, BirthMinute = 30, Gender = "male", CalendarType = "solar",
    };

    public static readonly ProfileCreateInput ProfileCreate = new()
    {
        ExternalId = "user-1042", Name = "김민수", BirthYear = 1990, BirthMonth = 5, BirthDay = 15, BirthHour = 14, BirthMinute = 30,
        Gender = "male", CalendarType = "solar",
    };

    public static readonly ProfileDto Profile = new("prf_8fK2mQ7xLp3a", "user-1042", "김**", "19**", "**", "**", "**", "male",
        "경", "metal", "wood", "2025-01-16T09:30:00.000Z", "2025-01-16T09:30:00.000Z");

    public static readonly FortuneCreateInput FortuneCreate = new()
    {
        ProfileId = "prf_8fK2mQ7xLp3a", FortuneType = "daily", FortuneDate = "2025-01-16", Model = "haiku", IncludeLuckyItems = true,
    };

    public static readonly FortuneBatchCreateInput BatchCreate = new()
    {
        ProfileIds = ["prf_8fK2mQ7xLp3a", "prf_Q2w9ZtR4nB1c"], FortuneType = "daily", FortuneDate = "2025-01-16", Model = "haiku",
        WebhookUrl = "https://example.com/hooks/fortune",
    };

    public static readonly SimpleSajuInput SimpleSaju = new()
    {
        Year = 1990, Month = 5, Day = 15, Hour = 14, Minute = 30, Gender = "male", CalendarType = "solar",
    };
}
