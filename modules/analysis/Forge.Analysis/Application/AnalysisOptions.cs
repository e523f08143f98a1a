using System.ComponentModel.DataAnnotations;

namespace Forge.Analysis.Application;

/// <summary><c>Forge:Analysis</c>: how long submitted documents are kept (ADR 40), and how often that is enforced.</summary>
public sealed class AnalysisOptions
{
    public const string Section = "Forge:Analysis";

    /// <summary>Resume and posting are erased this long after submission; the result stays.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan DocumentRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the erasing sweep runs (a period that divides an hour or a day); 0 switches it off.</summary>
    [Range(0, 1440)]
    public int SweepIntervalMinutes { get; set; } = 60;
}
