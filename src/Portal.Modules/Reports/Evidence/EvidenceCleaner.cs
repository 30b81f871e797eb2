using System.Buffers.Binary;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Evidence;

/// <summary>
/// Decides what a file is by its content, never by its name or the type the browser claims, and takes out of
/// photos everything but the picture: EXIF (with GPS and camera serial numbers), XMP, IPTC, comments, PNG text and
/// time chunks (ARCHITECTURE.md, "Protecting people who report"). PDF and MP4 are kept as sent.
/// </summary>
public static class EvidenceCleaner
{
    public static EvidenceKind? KindOf(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return EvidenceKind.Jpeg;
        }
        if (head.StartsWith(PngSignature))
        {
            return EvidenceKind.Png;
        }
        if (head.StartsWith("%PDF-"u8))
        {
            return EvidenceKind.Pdf;
        }
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return EvidenceKind.Mp4;
        }
        return null;
    }

    /// <summary>The file without its metadata, or null when it is not a well-formed file of its kind.</summary>
    public static byte[]? Clean(EvidenceKind kind, byte[] file) => kind switch
    {
        EvidenceKind.Jpeg => CleanJpeg(file),
        EvidenceKind.Png => CleanPng(file),
        _ => file,
    };

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// Keeps the segments a decoder needs (tables, frame, scan and the entropy-coded data after it), JFIF, the
    /// colour profile and Adobe's colour-transform marker; drops every other APPn and COM.
    /// </summary>
    private static byte[]? CleanJpeg(byte[] file)
    {
        using var output = new MemoryStream(file.Length);
        output.Write([0xFF, 0xD8]);
        var i = 2;
        while (i + 4 <= file.Length)
        {
            if (file[i] != 0xFF)
            {
                return null;
            }
            var marker = file[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }
            if (marker is 0xD9)
            {
                output.Write([0xFF, 0xD9]);
                return output.ToArray();
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(i + 2));
            if (length < 2 || i + 2 + length > file.Length)
            {
                return null;
            }
            var segment = file.AsSpan(i, 2 + length);
            if (marker == 0xDA)
            {
                // Start of scan: what follows is image data up to the end marker, kept whole.
                output.Write(file.AsSpan(i));
                return output.ToArray();
            }
            if (Keep(marker, segment[4..]))
            {
                output.Write(segment);
            }
            i += 2 + length;
        }
        return null;

        static bool Keep(byte marker, ReadOnlySpan<byte> body) => marker switch
        {
            0xE0 => body.StartsWith("JFIF\0"u8),
            0xE2 => body.StartsWith("ICC_PROFILE\0"u8),
            0xEE => body.StartsWith("Adobe"u8),
            >= 0xE1 and <= 0xEF => false,
            0xFE => false,
            _ => true,
        };
    }

    /// <summary>Keeps the chunks that make the picture; drops text (tEXt, zTXt, iTXt), eXIf, tIME and anything unknown.</summary>
    private static byte[]? CleanPng(byte[] file)
    {
        using var output = new MemoryStream(file.Length);
        output.Write(PngSignature);
        var i = PngSignature.Length;
        while (i + 12 <= file.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(i));
            if (length > int.MaxValue || i + 12 + (long)length > file.Length)
            {
                return null;
            }
            var type = System.Text.Encoding.ASCII.GetString(file, i + 4, 4);
            var chunk = file.AsSpan(i, 12 + (int)length);
            if (KeptChunks.Contains(type))
            {
                output.Write(chunk);
            }
            i += chunk.Length;
            if (type == "IEND")
            {
                return output.ToArray();
            }
        }
        return null;
    }

    private static readonly HashSet<string> KeptChunks =
        ["IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs", "acTL", "fcTL", "fdAT"];
}
