namespace Forge.Host.OAuth;

/// <summary>
/// <c>Forge:OAuth</c>: the token server's RSA keys as PEM. Several hosts must share them; a single host
/// generates them once into the data directory. Read while services are registered (ADR 33).
/// </summary>
public sealed class OAuthKeyOptions
{
    public const string Section = "Forge:OAuth";

    public string? SigningKeyPem { get; set; }
    public string? EncryptionKeyPem { get; set; }
}
