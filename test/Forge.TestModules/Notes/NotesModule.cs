using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Data;
using Forge.Hosting.Features;
using Forge.Hosting.Identity;
using Forge.Hosting.Modularity;
using Forge.TestModules.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.TestModules.Notes;

/// <summary>A tiny tenant-owned resource API on the fortune product, with a feature and a job.</summary>
public sealed class NotesModule : ForgeModule
{
    public const string PremiumFeature = "Notes.Premium";

    /// <summary>Notes stands in for a product whose keys the platform knows from <c>Forge:Products</c> (ADR 17).</summary>
    public const string Product = "fortune";

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddForgeDbContext<NotesDbContext, SqliteNotesDbContext, PostgreSqlNotesDbContext, SqlServerNotesDbContext>(context.Configuration, "Notes");
        context.Services.AddBackgroundJob<RecordEffectJob, RecordEffectArgs>("test.record-effect");
        context.Services.AddBackgroundJob<GatedJob, GatedJobArgs>("test.gated");
        context.Services.AddRecurringJob<TickJob>(TickJob.Name, _ => TimeSpan.FromSeconds(context.Configuration.GetValue("Notes:TickSeconds", 0.0)));
        context.Services.AddSingleton(new ModuleTrace());
        context.Services.AddSingleton<Forge.Hosting.Errors.IProductErrorWriter, NotesErrorWriter>();
        context.Services.RecordConfigured(Name);
        context.AddFeature(FeatureDefinition.Boolean(PremiumFeature, false).WithEdition("enterprise", "true"));
        context.AddFeature(FeatureDefinition.Integer("Notes.MaxLength", 200).WithEdition("free", "20"));
    }

    public override void ConfigurePipeline(IApplicationBuilder app) => app.AddPipelineMark(Name);

    public override Task OnApplicationInitializationAsync(ApplicationLifecycleContext context) =>
        context.RecordInitialized(Name);

    public override Task OnApplicationShutdownAsync(ApplicationLifecycleContext context) =>
        context.RecordShutDown(Name);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var notes = endpoints.MapProductApi(NotesModule.Product, "/test/notes");
        notes.MapPost("/", async (NoteInput input, NotesDbContext db) =>
        {
            var note = new Note { Id = Guid.NewGuid(), Text = input.Text };
            db.Notes.Add(note);
            await db.SaveChangesAsync();
            return TypedResults.Created($"/test/notes/{note.Id}", note);
        });
        notes.MapGet("/", async (NotesDbContext db) => TypedResults.Ok(await db.Notes.AsNoTracking().ToListAsync()));
        notes.MapGet("/{id:guid}", async Task<IResult> (Guid id, NotesDbContext db) =>
            await db.Notes.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id) is { } note ? TypedResults.Ok(note) : TypedResults.NotFound());
        notes.MapGet("/premium", () => TypedResults.Ok(new { premium = true })).RequireFeature(PremiumFeature);
        notes.MapPost("/jobs", async (JobInput input, IBackgroundJobManager jobs) =>
            TypedResults.Ok(new { job_id = await jobs.EnqueueAsync(new RecordEffectArgs(input.Key), TimeSpan.FromMilliseconds(input.DelayMs)) }));
        JobTestEndpoints.Map(notes);
    }

    public sealed record NoteInput(string Text);
    public sealed record JobInput(string Key, int DelayMs);
}

/// <summary>The order in which modules configured their services and ran their lifecycle hooks.</summary>
public sealed class ModuleTrace
{
    public List<string> Configured { get; } = [];
    public List<string> Initialized { get; } = [];
    public List<string> ShutDown { get; } = [];
}

internal static class ModuleTraceExtensions
{
    public static void RecordConfigured(this IServiceCollection services, string module)
    {
        var trace = (ModuleTrace)services.Last(d => d.ServiceType == typeof(ModuleTrace)).ImplementationInstance!;
        trace.Configured.Add(module);
    }
}
