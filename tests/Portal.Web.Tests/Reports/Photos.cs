using System.Buffers.Binary;
using System.Text;
using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Reports;

/// <summary>Real JPEG files for evidence tests: rendered by Chromium, with an EXIF block spliced in as a phone camera writes it.</summary>
public static class Photos
{
    public const string CameraMark = "XJ-PHONE-7731";

    public static async Task<byte[]> JpegAsync()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 64, Height = 48 } });
            await page.SetContentAsync("<body style='margin:0;background:linear-gradient(#c33,#333)'></body>");
            return await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Jpeg, Quality = 80 });
        }
    }

    /// <summary>
    /// The JPEG with an APP1 Exif segment right after SOI: IFD0 names the camera (<see cref="CameraMark"/>) and points to a
    /// GPS IFD holding 43°10'N 124°22'E (Siping), as a phone does.
    /// </summary>
    public static byte[] WithGpsExif(byte[] jpeg)
    {
        var tiff = new List<byte>();
        void U16(int v) { var b = new byte[2]; BinaryPrimitives.WriteUInt16BigEndian(b, (ushort)v); tiff.AddRange(b); }
        void U32(uint v) { var b = new byte[4]; BinaryPrimitives.WriteUInt32BigEndian(b, v); tiff.AddRange(b); }
        var make = Encoding.ASCII.GetBytes(CameraMark + "\0");
        // Layout: header (8) | IFD0 at 8: 2 entries (2 + 24 + 4 = 30) | GPS IFD at 38: 4 entries (2 + 48 + 4 = 54) | data at 92.
        const uint ifd0 = 8, gpsIfd = 38, data = 92;
        var latOffset = data;
        var lonOffset = latOffset + 24;
        var makeOffset = lonOffset + 24;
        tiff.AddRange("MM"u8.ToArray()); U16(42); U32(ifd0);
        U16(2);
        U16(0x010F); U16(2); U32((uint)make.Length); U32(makeOffset);
        U16(0x8825); U16(4); U32(1); U32(gpsIfd);
        U32(0);
        U16(4);
        U16(0x0001); U16(2); U32(2); tiff.AddRange("N\0\0\0"u8.ToArray());
        U16(0x0002); U16(5); U32(3); U32(latOffset);
        U16(0x0003); U16(2); U32(2); tiff.AddRange("E\0\0\0"u8.ToArray());
        U16(0x0004); U16(5); U32(3); U32(lonOffset);
        U32(0);
        foreach (var (n, d) in new (uint, uint)[] { (43, 1), (10, 1), (1234, 100), (124, 1), (22, 1), (5678, 100) })
        {
            U32(n); U32(d);
        }
        tiff.AddRange(make);
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>The markers of a JPEG's header segments, from SOI up to and including SOS.</summary>
    public static IReadOnlyList<byte> Markers(byte[] jpeg)
    {
        Assert.True(jpeg[0] == 0xFF && jpeg[1] == 0xD8, "not a JPEG: no SOI");
        var markers = new List<byte>();
        var at = 2;
        while (at + 4 <= jpeg.Length)
        {
            Assert.Equal(0xFF, jpeg[at]);
            var marker = jpeg[at + 1];
            markers.Add(marker);
            if (marker == 0xDA)
            {
                break;
            }
            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
        }
        return markers;
    }
}
