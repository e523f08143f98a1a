using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Forge.Hosting.Modularity;

/// <summary>
/// The one way a setting enters Forge (ADR 33): a class bound to a configuration section, its data annotations
/// (and <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>) checked when the host starts, every
/// failure named by its full key (<c>Fortune:Batch:Concurrency: …</c>). Services inject <see cref="IOptions{T}"/>
/// (or <see cref="IOptionsMonitor{T}"/> where a value may change while the host runs); nothing reads
/// <see cref="IConfiguration"/> per request.
/// </summary>
public static class ForgeOptionsExtensions
{
    /// <summary>
    /// <c>AddOptions&lt;T&gt;().BindConfiguration(section)</c>, validated at start with messages naming the key.
    /// Chain <c>.Validate(...)</c> or register an <see cref="IValidateOptions{T}"/> for rules annotations cannot say.
    /// </summary>
    public static OptionsBuilder<T> AddForgeOptions<T>(this IServiceCollection services, string section) where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(section);
        services.AddSingleton<IValidateOptions<T>>(new SectionValidator<T>(Microsoft.Extensions.Options.Options.DefaultName, section));
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }

    /// <summary>
    /// The same options read and validated now, for the few decisions taken while services are registered
    /// (which storage, which period); the running host still reads them through <see cref="IOptions{T}"/>.
    /// </summary>
    /// <exception cref="OptionsValidationException">A value is out of range; the message names the key.</exception>
    public static T ReadForgeOptions<T>(this IConfiguration configuration, string section) where T : class, new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        var result = new SectionValidator<T>(null, section).Validate(null, options);
        return result.Failed ? throw new OptionsValidationException(section, typeof(T), result.Failures) : options;
    }
}
