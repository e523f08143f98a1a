namespace Forge.Fortune.Domain.Saju;

/// <summary>
/// Birth data that cannot describe a chart (a 31st of April, a lunar leap month the year does not have, a
/// year outside 1900–2100). <see cref="Field"/> names the request field as the product's wire format spells
/// it, so the API layer can answer with its validation error naming that field.
/// </summary>
public sealed class SajuValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
