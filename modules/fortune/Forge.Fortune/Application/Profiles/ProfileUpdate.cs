using Forge.Fortune.Calculations;
using Forge.Fortune.Domain.Profiles;
using Forge.Fortune.Profiles;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Profiles;

/// <summary>
/// ADR 7 #2: merges a partial update onto the stored birth data. Absent fields keep their value;
/// <c>null</c> removes an optional one (the hour — and with it the minute — or a convention, back to
/// its default) and is refused for a required one.
/// </summary>
internal static class ProfileUpdate
{
    public static BirthDataInput Merge(BirthData stored, string gender, ProfileUpdateInput input)
    {
        var current = ProfileBirth.ToInput(stored, gender);
        var hour = input.BirthHour.IsSet ? input.BirthHour.Value : current.BirthHour;
        int? minute = input.BirthMinute.IsSet ? input.BirthMinute.Value
            : input.BirthHour is { IsSet: true, Value: null } ? null : current.BirthMinute;
        return current with
        {
            BirthYear = Required(input.BirthYear, "birth_year", current.BirthYear),
            BirthMonth = Required(input.BirthMonth, "birth_month", current.BirthMonth),
            BirthDay = Required(input.BirthDay, "birth_day", current.BirthDay),
            BirthHour = hour,
            BirthMinute = minute,
            Gender = Required(input.Gender, "gender", current.Gender),
            CalendarType = input.CalendarType.IsSet ? input.CalendarType.Value : current.CalendarType,
            IsLeapMonth = input.IsLeapMonth.IsSet ? input.IsLeapMonth.Value : current.IsLeapMonth,
            TimeCorrection = input.TimeCorrection.IsSet ? input.TimeCorrection.Value : current.TimeCorrection,
            JasiConvention = input.JasiConvention.IsSet ? input.JasiConvention.Value : current.JasiConvention,
            Longitude = input.Longitude.IsSet ? input.Longitude.Value : current.Longitude,
        };
    }

    public static bool TouchesBirth(ProfileUpdateInput i) =>
        i.BirthYear.IsSet || i.BirthMonth.IsSet || i.BirthDay.IsSet || i.BirthHour.IsSet || i.BirthMinute.IsSet || i.Gender.IsSet
        || i.CalendarType.IsSet || i.IsLeapMonth.IsSet || i.TimeCorrection.IsSet || i.JasiConvention.IsSet || i.Longitude.IsSet;

    private static T? Required<T>(Optional<T?> field, string name, T? current) where T : struct =>
        !field.IsSet ? current : field.Value ?? throw FortuneRefusal.Invalid(name, $"{name} cannot be removed.");

    private static string? Required(Optional<string?> field, string name, string? current) =>
        !field.IsSet ? current : field.Value ?? throw FortuneRefusal.Invalid(name, $"{name} cannot be removed.");
}
