using System.Runtime.InteropServices;
using Forge.Host.Runtime;

namespace Forge.Host.Tests.Runtime;

/// <summary>A host's large native blocks go back to the kernel when freed, not into glibc's arenas (ADR 81).</summary>
public sealed class NativeHeapTests
{
    [Fact]
    public async Task A_freed_block_of_the_thresholds_size_is_unmapped_at_once()
    {
        if (!OperatingSystem.IsLinux()) return; // glibc's setting; elsewhere the host leaves the allocator alone
        NativeHeap.ReturnLargeBlocksToKernel().ShouldBe(true, "glibc took the threshold");

        // 768 blocks of the JIT's slab size, written, then freed but for the last. From an arena (glibc's default
        // threshold is 128 KB) they would stay mapped and resident: the last block holds the arena's top, so free()
        // cannot shrink it. Mapped on their own, each is unmapped as it is freed. Mappings, not RSS, are compared, so
        // what other tests allocate meanwhile cannot move the figure.
        var (freed, kept) = await Task.Factory.StartNew(() =>
        {
            const int count = 768;
            var data = new byte[NativeHeap.MmapThreshold];
            Array.Fill(data, (byte)1);
            var blocks = new nint[count];
            for (var i = 0; i < count; i++)
            {
                blocks[i] = Marshal.AllocHGlobal(NativeHeap.MmapThreshold);
                Marshal.Copy(data, 0, blocks[i], data.Length);
            }
            for (var i = 0; i < count - 1; i++) Marshal.FreeHGlobal(blocks[i]);
            return (blocks[..^1], blocks[^1]);
        }, TaskCreationOptions.LongRunning);
        var stillMapped = freed.Count(Mapped(File.ReadAllLines("/proc/self/maps")));
        Marshal.FreeHGlobal(kept);

        stillMapped.ShouldBeLessThan(freed.Length / 4, $"{stillMapped} of {freed.Length} freed blocks are still mapped");
    }

    /// <summary>Whether an address lies in one of the process's mappings (<c>/proc/self/maps</c>: "start-end perms …").</summary>
    private static Func<nint, bool> Mapped(string[] maps)
    {
        var ranges = maps.Select(l => l[..l.IndexOf(' ')].Split('-'))
            .Select(r => (Start: Convert.ToUInt64(r[0], 16), End: Convert.ToUInt64(r[1], 16))).ToArray();
        return address => ranges.Any(r => (ulong)address >= r.Start && (ulong)address < r.End);
    }
}
