using System.ComponentModel.DataAnnotations;

namespace Forge.Host.Platform;

/// <summary>
/// <c>Forge:DataProtection</c>: where the data-protection key ring lives (ADR 49). It protects console cookies,
/// antiforgery tokens and keyset cursors, so every host behind one load balancer must read the same ring, or a
/// cursor or a sign-in made on one host is refused by the next.
/// </summary>
public sealed class DataProtectionOptions
{
    public const string Section = "Forge:DataProtection";

    /// <summary>
    /// <c>Auto</c> (default): <c>Database</c> when the job storage is shared (several hosts), else <c>File</c>.
    /// <c>File</c>: <c>keys/data-protection</c> under the data directory. <c>Database</c>: the platform database.
    /// </summary>
    [Required, RegularExpression("(?i)^(Auto|File|Database)$", ErrorMessage = "must be Auto, File or Database.")]
    public string Store { get; set; } = "Auto";

    public bool InDatabase(bool sharedJobStorage) =>
        Store.Equals("Database", StringComparison.OrdinalIgnoreCase) ||
        (Store.Equals("Auto", StringComparison.OrdinalIgnoreCase) && sharedJobStorage);
}
