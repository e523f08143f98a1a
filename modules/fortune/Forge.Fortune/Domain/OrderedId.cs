using System.Security.Cryptography;

namespace Forge.Fortune.Domain;

/// <summary>
/// Sixteen lowercase base-36 characters that sort (ordinally) in the order this process made them:
/// nine for the Unix millisecond, seven that start at a random value in each new millisecond and count up
/// within it (ULID's monotonic rule). Keyset pages ordered by (time, id) therefore keep the order of
/// actions that share a millisecond. Across hosts, entries of one millisecond order by chance.
/// </summary>
public sealed class OrderedId(TimeProvider clock)
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
    private const int TimeDigits = 9;
    private const int CounterDigits = 7;
    private static readonly long CounterSpace = Pow36(CounterDigits);

    private readonly Lock _gate = new();
    private long _lastMillisecond = -1;
    private long _counter;

    public string Next()
    {
        long millisecond, counter;
        lock (_gate)
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            if (now > _lastMillisecond)
            {
                _lastMillisecond = now;
                // The lower half, so a burst in one millisecond has room to count up.
                _counter = RandomNumberGenerator.GetInt32(int.MaxValue) % (CounterSpace / 2);
            }
            else if (++_counter == CounterSpace)
            {
                // Counted out (or the clock stepped back): borrow the next millisecond rather than wrap.
                _lastMillisecond++;
                _counter = 0;
            }
            millisecond = _lastMillisecond;
            counter = _counter;
        }
        return string.Create(TimeDigits + CounterDigits, (millisecond, counter), static (span, state) =>
        {
            Write(span[..TimeDigits], state.millisecond);
            Write(span[TimeDigits..], state.counter);
        });
    }

    private static void Write(Span<char> digits, long value)
    {
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            digits[i] = Alphabet[(int)(value % 36)];
            value /= 36;
        }
    }

    private static long Pow36(int digits)
    {
        long result = 1;
        for (var i = 0; i < digits; i++) result *= 36;
        return result;
    }
}
