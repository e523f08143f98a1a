using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Forge.Hosting.Modularity;

/// <summary>
/// Data-annotation validation whose messages name the configuration key, not only the property
/// (<c>Forge:Credits:SweepIntervalSeconds: The field … must be between …</c>), so an operator reading a failed
/// start knows which line of which file or which environment variable to fix.
/// </summary>
public static class SectionValidation
{
    /// <summary>What is wrong with <paramref name="options"/> (bound from <paramref name="section"/>), each naming its key.</summary>
    public static IReadOnlyList<string> Problems(object options, string section)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)) return [];
        return results.Select(r =>
        {
            var members = r.MemberNames.ToList();
            var keys = members.Count == 0 ? section : string.Join(", ", members.Select(m => $"{section}:{m}"));
            return $"{keys}: {r.ErrorMessage}";
        }).ToList();
    }
}

internal sealed class SectionValidator<T>(string? name, string section) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? optionsName, T options)
    {
        if (name is not null && name != optionsName) return ValidateOptionsResult.Skip;
        var problems = SectionValidation.Problems(options, section);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
