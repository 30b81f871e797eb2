using SkiaSharp;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Evidence;

/// <summary>
/// Photos are decoded to pixels and encoded anew, so nothing of the original file survives but the picture: no EXIF,
/// XMP, IPTC, comments or text chunks, wherever the file hid them (a second image with its own EXIF after the end
/// marker, APPn or COM segments between progressive scans, chunks after IEND). The EXIF orientation is applied to the
/// pixels first, so a phone photo stays upright once its EXIF is gone. Colours are converted to sRGB, so no
/// embedded colour profile (which names the camera's maker) is kept.
/// </summary>
public static class ImageCleaner
{
    /// <summary>Larger photos are decoded at a reduced size: a 200-megapixel claim must not allocate gigabytes.</summary>
    public const long MaxPixels = 50_000_000;

    public static byte[]? Clean(EvidenceKind kind, byte[] file)
    {
        using var data = SKData.CreateCopy(file);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return null;
        }
        var size = codec.Info.Size;
        var pixels = (long)size.Width * size.Height;
        if (pixels > MaxPixels)
        {
            size = codec.GetScaledDimensions((float)Math.Sqrt((double)MaxPixels / pixels));
        }
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap(info);
        if (codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success)
        {
            return null;
        }
        using var upright = Orient(decoded, codec.EncodedOrigin);
        var (format, quality) = kind switch
        {
            EvidenceKind.Png => (SKEncodedImageFormat.Png, 100),
            EvidenceKind.WebP => (SKEncodedImageFormat.Webp, 90),
            _ => (SKEncodedImageFormat.Jpeg, 92),
        };
        // The pixels are sRGB already; without a colour space Skia writes no ICC profile (whose header carries a date).
        using var picture = (upright ?? decoded).PeekPixels();
        using var untagged = picture.WithColorSpace(null!);
        using var encoded = untagged.Encode(format, quality);
        return encoded?.ToArray();
    }

    /// <summary>A new bitmap turned as EXIF orientation 2–8 asks (TIFF 6.0 / EXIF 2.3, tag 0x0112), or null when upright.</summary>
    private static SKBitmap? Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return null;
        }
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (w, h) = swaps ? (source.Height, source.Width) : (source.Width, source.Height);
        var turned = new SKBitmap(new SKImageInfo(w, h, source.ColorType, source.AlphaType, source.ColorSpace));
        using var canvas = new SKCanvas(turned);
        switch (origin)
        {
            case SKEncodedOrigin.TopRight:
                canvas.Translate(w, 0);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.BottomRight:
                canvas.Translate(w, h);
                canvas.RotateDegrees(180);
                break;
            case SKEncodedOrigin.BottomLeft:
                canvas.Translate(0, h);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.LeftTop:
                canvas.Scale(-1, 1);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(w, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom:
                canvas.Translate(w, h);
                canvas.Scale(-1, 1);
                canvas.RotateDegrees(270);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, h);
                canvas.RotateDegrees(270);
                break;
        }
        canvas.DrawBitmap(source, 0, 0);
        canvas.Flush();
        return turned;
    }
}
