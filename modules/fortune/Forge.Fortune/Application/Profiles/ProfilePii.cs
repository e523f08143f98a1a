using System.Text.Json;
using Forge.Fortune.Domain.Profiles;
using Forge.Hosting.Security;

namespace Forge.Fortune.Application.Profiles;

/// <summary>Encrypts a profile's name and birth data with the kernel's AES-256-GCM protector, and back.</summary>
public sealed class ProfilePii(IPiiProtector protector)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Store(Profile profile, string name, BirthData birth)
    {
        profile.NameEncrypted = protector.Protect(name);
        profile.BirthDataEncrypted = protector.Protect(JsonSerializer.Serialize(birth, Json));
    }

    public string Name(Profile profile) => protector.Unprotect(profile.NameEncrypted);

    public BirthData Birth(Profile profile) =>
        JsonSerializer.Deserialize<BirthData>(protector.Unprotect(profile.BirthDataEncrypted), Json)
        ?? throw new InvalidOperationException($"Profile {profile.Id} has empty birth data.");
}
