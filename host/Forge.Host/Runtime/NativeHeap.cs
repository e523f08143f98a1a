using System.Runtime.InteropServices;

namespace Forge.Host.Runtime;

/// <summary>
/// The C library's allocator, where the runtime's own native memory comes from: the JIT's working memory, type
/// loading, the database drivers (ADR 81). glibc serves a block below its mmap threshold (128 KB at first, raised
/// as large blocks are freed) from an arena and keeps it there once freed, so the JIT's 64 KB working slabs, taken
/// and given back for every method it compiles or tiers up in a host's first minutes, leave arenas full of free
/// pages that stay resident. With the threshold at 64 KB those slabs are mapped for the compilation and unmapped
/// after it. Only glibc has <c>mallopt</c>'s threshold; elsewhere (another OS, musl) the call says so and nothing
/// changes.
/// </summary>
public static class NativeHeap
{
    /// <summary>The size from which a block is mapped on its own and returned to the kernel when freed.</summary>
    public const int MmapThreshold = 64 * 1024;

    private const int MallocMmapThreshold = -3; // M_MMAP_THRESHOLD in glibc's malloc.h

    /// <summary>Sets glibc's mmap threshold to <see cref="MmapThreshold"/> for the rest of the process's life (it
    /// also stops glibc raising it), unless the operator set one (<c>MALLOC_MMAP_THRESHOLD_</c>). True if glibc took
    /// it, false if it refused, null where there is no glibc or the operator's setting stands.</summary>
    public static bool? ReturnLargeBlocksToKernel()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("MALLOC_MMAP_THRESHOLD_") is not null) return null;
        try
        {
            return MallOpt(MallocMmapThreshold, MmapThreshold) == 1;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    // DllImport, not LibraryImport: the signature is blittable, so no marshalling is generated either way, and the
    // host need not allow unsafe code for one call.
    [DllImport("libc", EntryPoint = "mallopt", ExactSpelling = true)]
    private static extern int MallOpt(int param, int value);
}
