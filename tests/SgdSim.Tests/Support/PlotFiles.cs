using System.Buffers.Binary;
using System.Xml.Linq;

namespace SgdSim.Tests.Support;

/// <summary>Checks of saved plots: a real PNG of the size asked for, the texts an SVG shows.</summary>
internal static class PlotFiles
{
    /// <summary>Asserts that <paramref name="path"/> is a PNG of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static void AssertPng(string path, int width, int height)
    {
        var png = File.ReadAllBytes(path);
        Assert.True(png.Length > 1000, $"{path}: only {png.Length} bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal((width, height), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
    }

    /// <summary>The texts an SVG file draws, trimmed, in document order.</summary>
    public static string[] SvgTexts(string path)
    {
        var svg = XDocument.Load(path).Root!;
        Assert.Equal("svg", svg.Name.LocalName);
        return [.. svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];
    }
}
