using Microsoft.AspNetCore.Http;

namespace Portal.Modules.Core.Common;

/// <summary>An uploaded file as the use cases take it: its bytes, or null when none was sent.</summary>
public static class FormFiles
{
    public static async Task<byte[]?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return null;
        }
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await using var stream = file.OpenReadStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
