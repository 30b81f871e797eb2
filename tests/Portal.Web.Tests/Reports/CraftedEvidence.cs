using System.Buffers.Binary;
using System.Text;
using Portal.Modules.Reports.Data;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Reports;

/// <summary>
/// Evidence files laid out as phones, cameras and office programs lay them out, each carrying a reporter's name, a
/// device and a position where those programs put them. Pictures and videos come from ffmpeg, the progressive JPEG
/// from jpegtran; the metadata is spliced in here byte by byte.
/// </summary>
public static class CraftedEvidence
{
    /// <summary>Written into every metadata field: if it is anywhere in a stored file, something leaked.</summary>
    public const string Reporter = "ZHANG-WEI-13912345678";

    /// <param name="HiddenFromExifTool">exiftool reads only the first image of a JPEG; for the one hidden after it, the
    /// reporter's mark in the bytes is the check.</param>
    public sealed record Crafted(string Layout, string FileName, byte[] Bytes, string ContentType, EvidenceKind Kind, bool HiddenFromExifTool = false);

    public static async Task<IReadOnlyList<Crafted>> AllAsync()
    {
        using var folder = ExternalTool.Folder();
        var jpeg = await FfmpegAsync(folder, "plain.jpg", "-f", "lavfi", "-i", "testsrc=size=64x48", "-frames:v", "1");
        var progressive = (await ExternalTool.RequireAsync("jpegtran", "-progressive", folder.File("plain.jpg"))).Output;
        // Red on the left, blue on the right: turned upright (90° clockwise), red is on top.
        var sideways = await FfmpegAsync(folder, "sideways.jpg", "-f", "lavfi", "-i", "color=red:s=32x48", "-f", "lavfi", "-i", "color=blue:s=32x48",
            "-filter_complex", "hstack", "-frames:v", "1");
        var png = await FfmpegAsync(folder, "plain.png", "-f", "lavfi", "-i", "testsrc=size=64x48", "-frames:v", "1");
        var webp = await FfmpegAsync(folder, "plain.webp", "-f", "lavfi", "-i", "testsrc=size=64x48", "-frames:v", "1", "-c:v", "libwebp");
        string[] videoTags =
        [
            "-metadata", "location=+43.1700+124.3500/", "-metadata", "creation_time=2026-11-20T23:14:05Z",
            "-metadata", "make=" + Reporter, "-metadata", "model=" + Reporter, "-metadata", "author=" + Reporter,
            "-metadata", "com.apple.quicktime.location.ISO6709=+43.1700+124.3500+120.000/",
            "-metadata", "com.apple.quicktime.make=" + Reporter, "-movflags", "use_metadata_tags",
        ];
        string[] video = ["-f", "lavfi", "-i", "testsrc=duration=1:size=96x64:rate=10", "-f", "lavfi", "-i", "sine=duration=1", "-c:v", "mpeg4", "-c:a", "aac", "-shortest"];
        var mp4 = await FfmpegAsync(folder, "clip.mp4", [.. video, .. videoTags]);
        var mov = await FfmpegAsync(folder, "clip.mov", [.. video, .. videoTags]);

        return
        [
            new("EXIF with GPS right after SOI", "IMG_20261120_231405.jpg", WithSegmentAfterSoi(jpeg, ExifSegment()), "image/jpeg", EvidenceKind.Jpeg),
            new("a second image with its own EXIF after the end marker", "IMG_20261120_231406.jpg", [.. jpeg, .. WithSegmentAfterSoi(jpeg, ExifSegment())], "image/jpeg", EvidenceKind.Jpeg, HiddenFromExifTool: true),
            new("APP1 and COM between progressive scans", "IMG_20261120_231407.jpg", BetweenScans(progressive, [.. ExifSegment(), .. Segment(0xFE, Encoding.ASCII.GetBytes(Reporter))]), "image/jpeg", EvidenceKind.Jpeg),
            new("XMP, IPTC and a comment", "IMG_20261120_231408.jpg", WithSegmentAfterSoi(jpeg, [.. XmpSegment(), .. IptcSegment(), .. Segment(0xFE, Encoding.ASCII.GetBytes(Reporter))]), "image/jpeg", EvidenceKind.Jpeg),
            new("a phone photo turned 90° by EXIF", "IMG_20261120_231409.jpg", WithSegmentAfterSoi(sideways, ExifSegment(orientation: 6)), "image/jpeg", EvidenceKind.Jpeg),
            new("PNG text, XMP, eXIf and time chunks, and text after IEND", "截图.png", PngWithChunks(png), "image/png", EvidenceKind.Png),
            new("WebP with EXIF and XMP chunks", "IMG_20261120_231410.webp", WebPWithMetadata(webp), "image/webp", EvidenceKind.WebP),
            new("PDF with author, dates, XMP, an attachment and JavaScript", "监测报告.pdf", Pdf(), "application/pdf", EvidenceKind.Pdf),
            new("MP4 with a location atom, device and times", "VID_20261120_231411.mp4", mp4, "video/mp4", EvidenceKind.Mp4),
            new("QuickTime with Apple's location keys", "IMG_0042.MOV", mov, "video/quicktime", EvidenceKind.Mp4),
        ];
    }

    private static async Task<byte[]> FfmpegAsync(ExternalTool.TempFolder folder, string name, params string[] arguments)
    {
        await ExternalTool.RequireAsync("ffmpeg", ["-v", "error", "-y", .. arguments, folder.File(name)]);
        return await File.ReadAllBytesAsync(folder.File(name));
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }

    private static byte[] WithSegmentAfterSoi(byte[] jpeg, byte[] segments) => [.. jpeg[..2], .. segments, .. jpeg[2..]];

    /// <summary>Inserts the segments just before the second start-of-scan marker.</summary>
    private static byte[] BetweenScans(byte[] progressive, byte[] segments)
    {
        var first = progressive.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xDA]);
        var second = first + 2 + progressive.AsSpan(first + 2).IndexOf((ReadOnlySpan<byte>)[0xFF, 0xDA]);
        Assert.True(first > 0 && second > first, "jpegtran wrote a single scan");
        return [.. progressive[..second], .. segments, .. progressive[second..]];
    }

    /// <summary>A TIFF block as a phone writes it: make, model, software, artist, time, orientation, and a GPS IFD.</summary>
    private static byte[] Tiff(int orientation)
    {
        var text = Encoding.ASCII.GetBytes(Reporter + "\0");
        var when = Encoding.ASCII.GetBytes("2026:11:20 23:14:05\0");
        var entries = new List<(ushort Tag, ushort Type, uint Count, byte[] Value)>
        {
            (0x010F, 2, (uint)text.Length, text), (0x0110, 2, (uint)text.Length, text), (0x0112, 3, 1, [0, (byte)orientation, 0, 0]),
            (0x0131, 2, (uint)text.Length, text), (0x0132, 2, (uint)when.Length, when), (0x013B, 2, (uint)text.Length, text),
        };
        var gps = new List<(ushort, ushort, uint, byte[])>
        {
            (0x0001, 2, 2, "N\0\0\0"u8.ToArray()), (0x0002, 5, 3, Rationals((43, 1), (10, 1), (1234, 100))),
            (0x0003, 2, 2, "E\0\0\0"u8.ToArray()), (0x0004, 5, 3, Rationals((124, 1), (22, 1), (5678, 100))),
        };
        var ifd0Size = 2 + ((entries.Count + 1) * 12) + 4;
        var gpsAt = 8 + ifd0Size;
        var dataAt = gpsAt + 2 + (gps.Count * 12) + 4;
        var data = new List<byte>();
        var tiff = new List<byte>();
        void U16(int v) { var b = new byte[2]; BinaryPrimitives.WriteUInt16BigEndian(b, (ushort)v); tiff.AddRange(b); }
        void U32(long v) { var b = new byte[4]; BinaryPrimitives.WriteUInt32BigEndian(b, (uint)v); tiff.AddRange(b); }
        void Entry((ushort Tag, ushort Type, uint Count, byte[] Value) e)
        {
            U16(e.Tag); U16(e.Type); U32(e.Count);
            if (e.Value.Length <= 4)
            {
                tiff.AddRange(e.Value.Concat(new byte[4 - e.Value.Length]));
            }
            else
            {
                U32(dataAt + data.Count);
                data.AddRange(e.Value);
            }
        }
        tiff.AddRange("MM"u8.ToArray()); U16(42); U32(8);
        U16(entries.Count + 1);
        entries.ForEach(Entry);
        U16(0x8825); U16(4); U32(1); U32(gpsAt);
        U32(0);
        U16(gps.Count);
        gps.ForEach(Entry);
        U32(0);
        return [.. tiff, .. data];

        static byte[] Rationals(params (uint N, uint D)[] values) =>
            values.SelectMany(v => { var b = new byte[8]; BinaryPrimitives.WriteUInt32BigEndian(b, v.N); BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(4), v.D); return b; }).ToArray();
    }

    private static byte[] ExifSegment(int orientation = 1) => Segment(0xE1, [.. "Exif\0\0"u8, .. Tiff(orientation)]);

    private static string Xmp => $"""<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:exif="http://ns.adobe.com/exif/1.0/"><dc:creator><rdf:Seq><rdf:li>{Reporter}</rdf:li></rdf:Seq></dc:creator><xmp:CreatorTool>{Reporter}</xmp:CreatorTool><xmp:CreateDate>2026-11-20T23:14:05+08:00</xmp:CreateDate><exif:GPSLatitude>43,10.2N</exif:GPSLatitude><exif:GPSLongitude>124,22.9E</exif:GPSLongitude></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>""";

    private static byte[] XmpSegment() => Segment(0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.UTF8.GetBytes(Xmp)]);

    /// <summary>Photoshop's APP13 with an IPTC By-line (2:80) and city (2:90).</summary>
    private static byte[] IptcSegment()
    {
        var name = Encoding.ASCII.GetBytes(Reporter);
        byte[] iptc = [0x1C, 2, 80, 0, (byte)name.Length, .. name, 0x1C, 2, 90, 0, 6, .. "Siping"u8];
        byte[] resource = [.. "8BIM"u8, 0x04, 0x04, 0, 0, 0, 0, (byte)(iptc.Length >> 8), (byte)iptc.Length, .. iptc];
        if (resource.Length % 2 == 1)
        {
            resource = [.. resource, 0];
        }
        return Segment(0xED, [.. "Photoshop 3.0\0"u8, .. resource]);
    }

    private static byte[] PngWithChunks(byte[] png)
    {
        var iend = png.Length - 12;
        byte[] tiff = Tiff(1);
        byte[] chunks =
        [
            .. PngChunk("tEXt", [.. "Author\0"u8, .. Encoding.ASCII.GetBytes(Reporter)]),
            .. PngChunk("iTXt", [.. "XML:com.adobe.xmp\0\0\0\0\0"u8, .. Encoding.UTF8.GetBytes(Xmp)]),
            .. PngChunk("eXIf", tiff),
            .. PngChunk("tIME", [0x07, 0xEA, 11, 20, 23, 14, 5]),
        ];
        return [.. png[..iend], .. chunks, .. png[iend..], .. PngChunk("tEXt", [.. "Comment\0"u8, .. Encoding.ASCII.GetBytes(Reporter)])];
    }

    private static byte[] PngChunk(string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        typed.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(typed));
        return chunk;
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }

    /// <summary>The simple lossy WebP made extended (VP8X) with an EXIF and an XMP chunk, as Android cameras write it.</summary>
    private static byte[] WebPWithMetadata(byte[] webp)
    {
        var vp8 = webp[12..];
        static byte[] Chunk(string fourCc, byte[] data)
        {
            var padded = data.Length % 2 == 1 ? [.. data, 0] : data;
            var chunk = new byte[8 + padded.Length];
            Encoding.ASCII.GetBytes(fourCc).CopyTo(chunk, 0);
            BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), (uint)data.Length);
            padded.CopyTo(chunk, 8);
            return chunk;
        }
        byte[] vp8x = [0x08 | 0x04, 0, 0, 0, 63, 0, 0, 47, 0, 0];
        byte[] body = [.. "WEBP"u8, .. Chunk("VP8X", vp8x), .. vp8, .. Chunk("EXIF", Tiff(1)), .. Chunk("XMP ", Encoding.UTF8.GetBytes(Xmp))];
        var riff = new byte[8];
        "RIFF"u8.CopyTo(riff);
        BinaryPrimitives.WriteUInt32LittleEndian(riff.AsSpan(4), (uint)body.Length);
        return [.. riff, .. body];
    }

    /// <summary>One page of text with everything an office program or a malicious sender may add around it.</summary>
    public static byte[] Pdf()
    {
        var xmp = Encoding.UTF8.GetBytes(Xmp);
        var content = "BT /F1 24 Tf 72 700 Td (Evidence page one) Tj ET"u8.ToArray();
        var attachment = Encoding.ASCII.GetBytes("contacts of " + Reporter);
        var objects = new List<byte[]>
        {
            "<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R /Names << /EmbeddedFiles << /Names [(note.txt) 7 0 R] >> /JavaScript << /Names [(js) 9 0 R] >> >> /OpenAction 9 0 R >>"u8.ToArray(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"u8.ToArray(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> >>"u8.ToArray(),
            Stream(string.Empty, content),
            Stream("/Type /Metadata /Subtype /XML ", xmp),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"u8.ToArray(),
            "<< /Type /Filespec /F (note.txt) /EF << /F 8 0 R >> >>"u8.ToArray(),
            Stream("/Type /EmbeddedFile ", attachment),
            "<< /S /JavaScript /JS (app.alert('hello');) >>"u8.ToArray(),
            Encoding.ASCII.GetBytes($"<< /Author ({Reporter}) /Creator ({Reporter}) /Producer ({Reporter}) /CreationDate (D:20261120231405+08'00') /ModDate (D:20261120231405+08'00') /Title ({Reporter}) >>"),
        };
        using var pdf = new MemoryStream();
        pdf.Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write("\nendobj\n"u8);
        }
        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => table.Append($"{o:D10} 00000 n \n"));
        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info 10 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return pdf.ToArray();

        static byte[] Stream(string dictionary, byte[] data) =>
            [.. Encoding.ASCII.GetBytes($"<< {dictionary}/Length {data.Length} >>\nstream\n"), .. data, .. "\nendstream"u8];
    }
}
