using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forge.Hosting.Tests.Data;

/// <summary>Records the SQL text and parameter values of every query the context sends.</summary>
public sealed class CommandCapture : DbCommandInterceptor
{
    private readonly List<CapturedCommand> _commands = [];

    public IReadOnlyList<CapturedCommand> Commands
    {
        get { lock (_commands) return _commands.ToList(); }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        var parameters = command.Parameters.Cast<DbParameter>().Select(p => p.Value).ToList();
        lock (_commands) _commands.Add(new CapturedCommand(command.CommandText, parameters));
    }
}

public sealed record CapturedCommand(string Text, IReadOnlyList<object?> ParameterValues);
