namespace Forge.Analysis.Tests.Documents.Samples;

public static class SampleImages
{
    /// <summary>A 24-bit BMP with a gradient (so it is an image with content, as a scan would be).</summary>
    public static byte[] GreyBitmap(int width, int height) => Bitmap(width, height, (x, y) => (byte)((x * 7 + y * 3) % 256));

    /// <summary>A 24-bit BMP of noise: it does not compress, so it gives a PDF its size as photos do.</summary>
    public static byte[] NoiseBitmap(int width, int height, int seed)
    {
        var random = new Random(seed);
        return Bitmap(width, height, (_, _) => (byte)random.Next(256));
    }

    private static byte[] Bitmap(int width, int height, Func<int, int, byte> shadeAt)
    {
        var rowSize = (width * 3 + 3) / 4 * 4;
        var pixels = rowSize * height;
        var bmp = new byte[54 + pixels];
        bmp[0] = (byte)'B';
        bmp[1] = (byte)'M';
        BitConverter.TryWriteBytes(bmp.AsSpan(2), bmp.Length);
        BitConverter.TryWriteBytes(bmp.AsSpan(10), 54);
        BitConverter.TryWriteBytes(bmp.AsSpan(14), 40);
        BitConverter.TryWriteBytes(bmp.AsSpan(18), width);
        BitConverter.TryWriteBytes(bmp.AsSpan(22), height);
        BitConverter.TryWriteBytes(bmp.AsSpan(26), (short)1);
        BitConverter.TryWriteBytes(bmp.AsSpan(28), (short)24);
        BitConverter.TryWriteBytes(bmp.AsSpan(34), pixels);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var shade = shadeAt(x, y);
                var at = 54 + y * rowSize + x * 3;
                bmp[at] = bmp[at + 1] = bmp[at + 2] = shade;
            }
        return bmp;
    }
}
