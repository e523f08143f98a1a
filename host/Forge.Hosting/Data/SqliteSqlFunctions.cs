using System.Globalization;
using System.Text.RegularExpressions;
using SQLitePCL;

namespace Forge.Hosting.Data;

/// <summary>
/// The SQL functions EF Core's SQLite provider translates to — <c>regexp</c>, the <c>ef_*</c> decimal arithmetic and
/// aggregates, the <c>EF_DECIMAL</c> collation — registered once on a native connection, which keeps them for its
/// life in Microsoft.Data.Sqlite's pool (ADR 75). EF Core registers the same functions on its connection object
/// instead, which re-creates them on the native connection at every open and removes them at every close.
/// Same semantics as EF Core 10's (<c>SqliteRelationalConnection</c>) and Microsoft.Data.Sqlite's marshalling: a
/// decimal argument is the value's text parsed invariantly, a decimal result is bound as text
/// (<c>SqliteSqlFunctionsTests</c> compares every function with the stock registration).
/// </summary>
public static class SqliteSqlFunctions
{
    private const int Deterministic = 0x800;
    private const NumberStyles DecimalStyle = NumberStyles.Number | NumberStyles.AllowExponent;

    public static void Register(sqlite3 db)
    {
        Check(db, raw.sqlite3_create_function(db, "regexp", 2, Deterministic, null, Regexp));
        Scalar(db, "ef_mod", (a, b) => b == 0m ? null : a % b);
        Scalar(db, "ef_add", (a, b) => a + b);
        Scalar(db, "ef_divide", (a, b) => b == 0m ? null : a / b);
        Check(db, raw.sqlite3_create_function(db, "ef_compare", 2, Deterministic, null, Compare));
        Scalar(db, "ef_multiply", (a, b) => a * b);
        Check(db, raw.sqlite3_create_function(db, "ef_negate", 1, Deterministic, null, (ctx, _, args) => Result(ctx, () => -Decimal(args[0]))));
        Aggregate(db, "ef_avg", () => new Average());
        Aggregate(db, "ef_max", () => new Fold((a, v) => decimal.Max(a, v)));
        Aggregate(db, "ef_min", () => new Fold((a, v) => decimal.Min(a, v)));
        Aggregate(db, "ef_sum", () => new Fold((a, v) => a + v));
        Check(db, raw.sqlite3_create_collation(db, "EF_DECIMAL", null, (_, x, y) => decimal.Compare(decimal.Parse(x), decimal.Parse(y))));
    }

    private static void Regexp(sqlite3_context ctx, object userData, sqlite3_value[] args)
    {
        try
        {
            var pattern = Text(args[0]);
            var input = Text(args[1]);
            if (pattern is null || input is null) raw.sqlite3_result_null(ctx);
            else raw.sqlite3_result_int64(ctx, Regex.IsMatch(input, pattern) ? 1 : 0);
        }
        catch (Exception e)
        {
            raw.sqlite3_result_error(ctx, e.Message);
        }
    }

    private static void Compare(sqlite3_context ctx, object userData, sqlite3_value[] args)
    {
        try
        {
            var (left, right) = (Decimal(args[0]), Decimal(args[1]));
            if (left is null || right is null) raw.sqlite3_result_null(ctx);
            else raw.sqlite3_result_int64(ctx, decimal.Compare(left.Value, right.Value));
        }
        catch (Exception e)
        {
            raw.sqlite3_result_error(ctx, e.Message);
        }
    }

    private static void Scalar(sqlite3 db, string name, Func<decimal?, decimal?, decimal?> function) =>
        Check(db, raw.sqlite3_create_function(db, name, 2, Deterministic, null,
            (ctx, _, args) => Result(ctx, () => function(Decimal(args[0]), Decimal(args[1])))));

    private static void Aggregate(sqlite3 db, string name, Func<Accumulator> start) =>
        Check(db, raw.sqlite3_create_function(db, name, 1, Deterministic, null,
            (ctx, _, args) =>
            {
                var state = (Accumulator)(ctx.state ??= start());
                if (state.Error is not null) return;
                try
                {
                    if (Decimal(args[0]) is { } value) state.Add(value);
                }
                catch (Exception e)
                {
                    state.Error = e;
                }
            },
            (ctx, _) =>
            {
                var state = (Accumulator)(ctx.state ??= start());
                if (state.Error is not null) raw.sqlite3_result_error(ctx, state.Error.Message);
                else Result(ctx, state.Result);
            }));

    private static void Result(sqlite3_context ctx, Func<decimal?> compute)
    {
        try
        {
            if (compute() is { } value) raw.sqlite3_result_text(ctx, value.ToString("0.0###########################", CultureInfo.InvariantCulture));
            else raw.sqlite3_result_null(ctx);
        }
        catch (Exception e)
        {
            raw.sqlite3_result_error(ctx, e.Message);
        }
    }

    private static string? Text(sqlite3_value value) =>
        raw.sqlite3_value_type(value) == raw.SQLITE_NULL ? null : raw.sqlite3_value_text(value).utf8_to_string();

    private static decimal? Decimal(sqlite3_value value) =>
        Text(value) is { } text ? decimal.Parse(text, DecimalStyle, CultureInfo.InvariantCulture) : null;

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK) throw new InvalidOperationException($"Could not register EF Core's SQLite functions: {raw.sqlite3_errmsg(db).utf8_to_string()}");
    }

    private abstract class Accumulator
    {
        public Exception? Error { get; set; }
        public abstract void Add(decimal value);
        public abstract decimal? Result();
    }

    private sealed class Average : Accumulator
    {
        private decimal _sum;
        private ulong _count;
        public override void Add(decimal value) => (_sum, _count) = (_sum + value, _count + 1);
        public override decimal? Result() => _count == 0 ? null : _sum / _count;
    }

    private sealed class Fold(Func<decimal, decimal, decimal> combine) : Accumulator
    {
        private decimal? _value;
        public override void Add(decimal value) => _value = _value is { } current ? combine(current, value) : value;
        public override decimal? Result() => _value;
    }
}
