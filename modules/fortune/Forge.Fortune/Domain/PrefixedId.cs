using System.Security.Cryptography;

namespace Forge.Fortune.Domain;

/// <summary>The product's ids: a prefix and lowercase alphanumerics from a CSPRNG (<c>prf_abc123def456</c>).</summary>
public static class PrefixedId
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string Profile() => "prf_" + RandomNumberGenerator.GetString(Alphabet, 12);

    public static string Fortune() => "ftn_" + RandomNumberGenerator.GetString(Alphabet, 12);

    /// <summary>A generation-log row; internal (never on the wire), long enough never to collide.</summary>
    public static string Generation() => "gen_" + RandomNumberGenerator.GetString(Alphabet, 20);

    /// <summary>
    /// An audit entry: <c>log_</c> and 16 characters that sort in the order this process made them
    /// (<see cref="OrderedId"/>), so two entries in the same millisecond still list newest first.
    /// </summary>
    public static string AuditEntry() => "log_" + AuditIds.Next();

    private static readonly OrderedId AuditIds = new(TimeProvider.System);

    public static string Incident() => "inc_" + RandomNumberGenerator.GetString(Alphabet, 12);

    public static string Webhook() => "whk_" + RandomNumberGenerator.GetString(Alphabet, 12);

    public static string Batch() => "batch_" + RandomNumberGenerator.GetString(Alphabet, 12);

    public static string Event() => "evt_" + RandomNumberGenerator.GetString(Alphabet, 16);
}
