namespace Forge.TestKit;

/// <summary>Polls for an eventual result with a deadline, instead of sleeping.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Timed out waiting for {what ?? "a condition"}; last value: {value}");
            await Task.Delay(50);
        }
    }
}
