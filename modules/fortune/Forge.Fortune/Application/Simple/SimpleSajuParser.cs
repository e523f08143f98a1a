using Forge.Fortune.Domain.Saju;
using Forge.Fortune.Simple;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Simple;

/// <summary>
/// The v0 <c>saju</c> object → a chart. Each stem and branch by <c>hangul</c> (갑 or 갑목) and/or <c>hanja</c> (甲),
/// which must agree; each pillar one of the sixty pairs; the month pillar's stem the one 오호둔 gives for the
/// year, the hour's the one 오자둔 gives for the day (or the next day's, for a late 子 hour) — the pillars of a
/// real birth. Anything else is 400 <c>invalid_saju</c> naming the pillar, e.g. <c>saju.pillars.day</c>.
/// </summary>
internal static class SimpleSajuParser
{
    private const string InvalidSaju = FortuneErrorCodes.InvalidSaju;

    public static NatalChart Parse(SimpleSajuObject? saju)
    {
        if (saju is null) throw FortuneRefusal.Missing("saju");
        var pillars = saju.Pillars ?? throw FortuneRefusal.Missing("saju.pillars");
        var year = Pillar(pillars.Year, "year", required: true)!.Value;
        var month = Pillar(pillars.Month, "month", required: true)!.Value;
        var day = Pillar(pillars.Day, "day", required: true)!.Value;
        var hour = Pillar(pillars.Hour, "hour", required: false);

        if (PillarRules.MonthPillar(year.Stem, month.Branch) != month)
            throw Invalid("month", $"a {month.Branch.Hangul()} month in a {year.Stem.Hangul()} year is {PillarRules.MonthPillar(year.Stem, month.Branch).Hangul}, not {month.Hangul}.");
        if (hour is { } h && h != PillarRules.HourPillar(day.Stem, h.Branch)
            && !(h.Branch == EarthlyBranch.Ja && h == PillarRules.HourPillar(HeavenlyStemInfo.FromIndex((int)day.Stem + 1), h.Branch)))
            throw Invalid("hour", $"a {h.Branch.Hangul()} hour on a {day.Stem.Hangul()} day is {PillarRules.HourPillar(day.Stem, h.Branch).Hangul}, not {h.Hangul}.");
        CheckDayMaster(saju.DayMaster, day.Stem);
        return NatalChart.FromPillars(year, month, day, hour);
    }

    private static Pillar? Pillar(SimplePillarInput? input, string position, bool required)
    {
        var field = $"saju.pillars.{position}";
        if (input is null) return required ? throw FortuneRefusal.Missing(field) : null;
        var stem = Character(input.Stem, field, "stem", Enum.GetValues<HeavenlyStem>(), s => [s.Hangul(), s.HangulWithElement()], s => s.Hanja());
        var branch = Character(input.Branch, field, "branch", Enum.GetValues<EarthlyBranch>(),
            b => [b.Hangul(), b.Hangul() + b.Element().Hangul()], b => b.Hanja());
        if ((int)stem % 2 != (int)branch % 2)
            throw Invalid(position, $"{stem.Hangul()}{branch.Hangul()} is not one of the sixty sexagenary pairs (a yang stem takes a yang branch).");
        return new Pillar(stem, branch);
    }

    private static T Character<T>(SimpleCharacterInput? input, string field, string part, T[] all, Func<T, string[]> hangul, Func<T, string> hanja)
        where T : struct, Enum
    {
        var h = input?.Hangul?.Trim();
        var c = input?.Hanja?.Trim();
        if (string.IsNullOrEmpty(h) && string.IsNullOrEmpty(c))
            throw new ProductApiException(ProductErrorKind.Validation, InvalidSaju, $"{field}.{part} needs hangul or hanja.", field);
        T? byHangul = string.IsNullOrEmpty(h) ? null : all.Where(x => hangul(x).Contains(h)).Select(x => (T?)x).FirstOrDefault();
        T? byHanja = string.IsNullOrEmpty(c) ? null : all.Where(x => hanja(x) == c).Select(x => (T?)x).FirstOrDefault();
        if (!string.IsNullOrEmpty(h) && byHangul is null) throw Invalid(field, $"{field}.{part} '{h}' is not a {Name(part)}.", raw: true);
        if (!string.IsNullOrEmpty(c) && byHanja is null) throw Invalid(field, $"{field}.{part} '{c}' is not a {Name(part)}.", raw: true);
        if (byHangul is { } a && byHanja is { } b && !a.Equals(b))
            throw Invalid(field, $"{field}.{part}: hangul '{h}' and hanja '{c}' name different characters.", raw: true);
        return (byHangul ?? byHanja)!.Value;
    }

    private static void CheckDayMaster(SimpleDayMasterInput? dayMaster, HeavenlyStem dayStem)
    {
        if (dayMaster is null) return;
        var name = dayMaster.Name?.Trim();
        if (!string.IsNullOrEmpty(name) && name != dayStem.HangulWithElement() && name != dayStem.Hangul() && name != dayStem.Hanja())
            throw new ProductApiException(ProductErrorKind.Validation, InvalidSaju, $"saju.dayMaster.name '{name}' does not match the day pillar's stem ({dayStem.HangulWithElement()}).", "saju.dayMaster");
        var element = dayMaster.Element?.Trim();
        var own = dayStem.Element();
        if (!string.IsNullOrEmpty(element) && !string.Equals(element, own.English(), StringComparison.OrdinalIgnoreCase)
            && element != own.Hangul() && element != own.Hanja())
            throw new ProductApiException(ProductErrorKind.Validation, InvalidSaju, $"saju.dayMaster.element '{element}' does not match the day pillar's stem ({own.English()}).", "saju.dayMaster");
    }

    private static string Name(string part) => part == "stem" ? "heavenly stem (갑…계)" : "earthly branch (자…해)";

    private static ProductApiException Invalid(string positionOrField, string message, bool raw = false)
    {
        var field = raw ? positionOrField : $"saju.pillars.{positionOrField}";
        return new(ProductErrorKind.Validation, InvalidSaju, raw ? message : $"{field}: {message}", field);
    }
}
