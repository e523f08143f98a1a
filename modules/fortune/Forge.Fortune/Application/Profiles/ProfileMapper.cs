using Forge.Fortune.Domain.Profiles;
using Forge.Fortune.Profiles;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Profiles;

/// <summary>Profile rows → the wire's masked and unmasked shapes.</summary>
internal static class ProfileMapper
{
    public static ProfileDto Masked(Profile p, string name, BirthData birth) => new(
        p.Id, p.ExternalId, PiiMask.Name(name), PiiMask.Year(birth.Year), PiiMask.Hidden, PiiMask.Hidden,
        birth.Hour is null ? null : PiiMask.Hidden,
        p.Gender, p.DayMaster, p.DayMasterElement, p.WeakestElement,
        WireTime.ToWire(p.CreatedAt), WireTime.ToWire(p.UpdatedAt));

    public static UnmaskedProfileDto Unmasked(Profile p, string name, BirthData birth) => new(
        p.Id, p.ExternalId, name, birth.Year, birth.Month, birth.Day, birth.Hour, birth.Minute,
        p.Gender, birth.CalendarType, birth.IsLeapMonth, birth.TimeCorrection, birth.JasiConvention, birth.Longitude,
        p.DayMaster, p.DayMasterElement, p.WeakestElement,
        WireTime.ToWire(p.CreatedAt), WireTime.ToWire(p.UpdatedAt));
}
