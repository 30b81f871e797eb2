namespace Portal.Modules.Core.Navigation;

/// <summary>Where a header link (view mode, language) sends the reader back to: only a path on this site, never elsewhere.</summary>
public static class LocalReturn
{
    public static string Path(string? returnTo) =>
        returnTo is { Length: > 0 } r && r[0] == '/' && !r.StartsWith("//", StringComparison.Ordinal) && !r.StartsWith("/\\", StringComparison.Ordinal) ? r : "/";
}
