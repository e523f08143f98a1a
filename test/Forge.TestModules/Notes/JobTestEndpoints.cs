using Forge.Hosting.BackgroundJobs;
using Forge.TestModules.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.TestModules.Notes;

/// <summary>The job-system tests' handles: stage a job with a note (commit or roll back), a gated job, cancel, and this process's id.</summary>
internal static class JobTestEndpoints
{
    public static void Map(RouteGroupBuilder notes)
    {
        notes.MapPost("/staged", async (StagedInput input, NotesDbContext db) =>
        {
            var note = new Note { Id = Guid.NewGuid(), Text = input.Text };
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Notes.Add(note);
            var jobId = input.GateFile is null
                ? db.StageJob(new RecordEffectArgs(input.Key))
                : db.StageJob(new GatedJobArgs(input.Key, input.GateFile));
            await db.SaveChangesAsync();
            if (input.Rollback) await transaction.RollbackAsync();
            else await transaction.CommitAsync();
            return TypedResults.Ok(new { job_id = jobId, note_id = note.Id });
        });
        notes.MapPost("/gated-jobs", async (GatedInput input, IBackgroundJobManager jobs) =>
            TypedResults.Ok(new { job_id = await jobs.EnqueueAsync(new GatedJobArgs(input.Key, input.GateFile)) }));
        notes.MapPost("/jobs/{id:guid}/cancel", async (Guid id, IBackgroundJobManager jobs) =>
            TypedResults.Ok(new { cancelled = await jobs.CancelAsync(id) }));
        notes.MapGet("/process", () => TypedResults.Ok(new { process_id = Environment.ProcessId }));
    }

    public sealed record StagedInput(string Text, string Key, string? GateFile, bool Rollback);
    public sealed record GatedInput(string Key, string GateFile);
}
