using System.ComponentModel.DataAnnotations;

namespace Forge.Host.Platform;

/// <summary><c>Forge:Security</c>, read and validated while services are registered (ADR 33).</summary>
public sealed class SecurityOptions : IValidatableObject
{
    public const string Section = "Forge:Security";

    /// <summary>Base64 AES-256 key for PII; required when several hosts share a database, else generated once.</summary>
    public string? PiiKey { get; set; }

    public byte[]? PiiKeyBytes => string.IsNullOrEmpty(PiiKey) ? null : Convert.FromBase64String(PiiKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(PiiKey)) yield break;
        var bytes = new byte[PiiKey.Length];
        if (!Convert.TryFromBase64String(PiiKey, bytes, out var length) || length != 32)
            yield return new ValidationResult("must be 32 bytes, base64-encoded.", [nameof(PiiKey)]);
    }
}
