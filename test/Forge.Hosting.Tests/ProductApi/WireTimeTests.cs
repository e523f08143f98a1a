using System.Text.Json;
using System.Text.Json.Serialization;
using Forge.Hosting.ProductApi;

namespace Forge.Hosting.Tests.ProductApi;

/// <summary>ADR 33: one wire form for time, <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>, UTC, cut to the millisecond.</summary>
public sealed class WireTimeTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed record Stamped([property: JsonConverter(typeof(WireTimeJsonConverter))] DateTime At);

    [Fact]
    public void Writes_three_fraction_digits_and_Z_and_reads_unspecified_kind_as_utc()
    {
        WireTime.ToWire(new DateTime(2025, 1, 16, 9, 30, 0, DateTimeKind.Utc)).ShouldBe("2025-01-16T09:30:00.000Z");
        WireTime.ToWire(new DateTime(2025, 1, 16, 9, 30, 0, 123, DateTimeKind.Unspecified).AddTicks(4567)).ShouldBe("2025-01-16T09:30:00.123Z");
        WireTime.ToWire(new DateTimeOffset(2025, 1, 16, 18, 30, 0, TimeSpan.FromHours(9))).ShouldBe("2025-01-16T09:30:00.000Z");
    }

    [Fact]
    public void Now_is_cut_to_the_millisecond_and_After_is_strictly_later()
    {
        var clock = new FixedClock(new DateTimeOffset(2025, 1, 16, 9, 30, 0, 123, TimeSpan.Zero).AddTicks(9999));
        var now = WireTime.Now(clock);
        now.ShouldBe(new DateTime(2025, 1, 16, 9, 30, 0, 123, DateTimeKind.Utc));
        now.Kind.ShouldBe(DateTimeKind.Utc);

        WireTime.After(clock, now).ShouldBe(now.AddMilliseconds(1));
        WireTime.After(clock, now.AddSeconds(-1)).ShouldBe(now);
    }

    [Fact]
    public void The_json_converter_round_trips_the_wire_form_and_refuses_any_other()
    {
        var json = JsonSerializer.Serialize(new Stamped(new DateTime(2025, 1, 16, 9, 30, 0, 5, DateTimeKind.Utc)));
        json.ShouldBe("""{"At":"2025-01-16T09:30:00.005Z"}""");
        JsonSerializer.Deserialize<Stamped>(json)!.At.ShouldBe(new DateTime(2025, 1, 16, 9, 30, 0, 5, DateTimeKind.Utc));

        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Stamped>("""{"At":"2025-01-16T09:30:00+09:00"}"""));
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Stamped>("""{"At":12}"""));
    }
}
