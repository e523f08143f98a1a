using System.ComponentModel.DataAnnotations;

namespace Forge.Analysis.Application;

/// <summary>
/// <c>Forge:Analysis</c>: how long submitted documents are kept (ADR 40), and how often that is enforced; how long a
/// credit hold may wait for its analysis before it counts as a crash's orphan (ADR 43 addendum).
/// </summary>
public sealed class AnalysisOptions
{
    public const string Section = "Forge:Analysis";

    /// <summary>Resume and posting are erased this long after submission; the result stays.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan DocumentRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the erasing sweep runs (a period that divides an hour or a day); 0 switches it off.</summary>
    [Range(0, 1440)]
    public int SweepIntervalMinutes { get; set; } = 60;

    /// <summary>
    /// A hold <c>analysis:{id}</c> older than this whose analysis does not exist is released by
    /// <see cref="CreditOrphanSweep"/>, which runs every half grace. Far longer than a submit takes between its
    /// reservation and its save; shorter than the hold itself (an hour), or the expiry sweep would come first.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:59:00")]
    public TimeSpan CreditOrphanGrace { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The orphan sweep's period: half the grace, at least a second.</summary>
    public TimeSpan CreditOrphanSweepInterval => TimeSpan.FromSeconds(Math.Max(1, (int)(CreditOrphanGrace.TotalSeconds / 2)));
}
