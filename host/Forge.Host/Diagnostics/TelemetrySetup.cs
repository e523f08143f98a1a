using System.Runtime.CompilerServices;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Forge.Host.Diagnostics;

/// <summary>
/// OpenTelemetry, only when something receives it (ADR 46): with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, traces and
/// metrics of ASP.NET Core and the <c>Forge.*</c> sources and meters go out over OTLP. Without an exporter the SDK
/// had nowhere to send them, yet it loaded six assemblies, started an activity and recorded metrics for every
/// request; the meters themselves (<c>Forge.AI</c> …) exist either way and any <c>MeterListener</c> still sees them.
/// </summary>
internal static class TelemetrySetup
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddForgeTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey])) AddOtlpExport(services);
        return services;
    }

    // A method of its own, so the JIT loads the OpenTelemetry assemblies only when it is called.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddOtlpExport(IServiceCollection services) =>
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("forge-host"))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddSource("Forge.*"))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddMeter("Forge.*"))
            .UseOtlpExporter();
}
