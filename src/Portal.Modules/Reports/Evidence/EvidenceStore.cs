using System.Security.Cryptography;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Reports.Evidence;

/// <summary>
/// Evidence files under <c>{data}/uploads/reports/</c>, each named at random (nothing of the original name, which
/// may carry the reporter's own name or phone model). Never served publicly.
/// </summary>
public sealed class EvidenceStore(PortalPaths paths)
{
    private string Directory => Path.Combine(paths.DataDirectory, "uploads", "reports");

    public async Task<(string StoredName, string Sha256)> SaveAsync(byte[] cleaned, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await File.WriteAllBytesAsync(Path.Combine(Directory, name), cleaned, cancellationToken);
        return (name, Convert.ToHexStringLower(SHA256.HashData(cleaned)));
    }

    /// <summary>A stored file for the handling unit; null when it is missing from this node's data directory.</summary>
    public Stream? OpenRead(string storedName)
    {
        var path = Path.Combine(Directory, Path.GetFileName(storedName));
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    /// <summary>For a report that could not be stored after its files were: nothing of it may stay behind.</summary>
    public void Delete(IEnumerable<string> storedNames)
    {
        foreach (var name in storedNames)
        {
            File.Delete(Path.Combine(Directory, Path.GetFileName(name)));
        }
    }
}
