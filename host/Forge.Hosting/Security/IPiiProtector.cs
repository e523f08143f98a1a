namespace Forge.Hosting.Security;

/// <summary>Encrypts personal data for storage (AES-256-GCM) and back.</summary>
public interface IPiiProtector
{
    string Protect(string plaintext);

    /// <exception cref="System.Security.Cryptography.CryptographicException">Tampered or foreign ciphertext.</exception>
    string Unprotect(string protectedValue);
}
