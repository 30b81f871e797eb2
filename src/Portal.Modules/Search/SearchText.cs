namespace Portal.Modules.Search;

/// <summary>The Search module's Chinese text, in one place.</summary>
public static class SearchText
{
    private static readonly Portal.Modules.Core.Localization.ModuleTexts Resource = new(typeof(SearchText));

    public static string AdminTitle => Resource[nameof(AdminTitle)];
    public static string State => Resource[nameof(State)];
    public static string StateReady => Resource[nameof(StateReady)];
    public static string StateBuilding => Resource[nameof(StateBuilding)];
    public static string StateMissing => Resource[nameof(StateMissing)];
    public static string Generation => Resource[nameof(Generation)];
    public static string Documents => Resource[nameof(Documents)];
    public static string FileSize => Resource[nameof(FileSize)];
    public static string Cursor => Resource[nameof(Cursor)];
    public static string LatestTask => Resource[nameof(LatestTask)];
    public static string BuiltAt => Resource[nameof(BuiltAt)];
    public static string Progress => Resource[nameof(Progress)];
    public static string LastCheck => Resource[nameof(LastCheck)];
    public static string CheckSummary => Resource[nameof(CheckSummary)];
    public static string NeverChecked => Resource[nameof(NeverChecked)];
    public static string Rebuild => Resource[nameof(Rebuild)];
    public static string RebuildHint => Resource[nameof(RebuildHint)];
    public static string Check => Resource[nameof(Check)];
    public static string CheckHint => Resource[nameof(CheckHint)];
    public static string RebuildStarted => Resource[nameof(RebuildStarted)];
    public static string RebuildRunning => Resource[nameof(RebuildRunning)];
    public static string BuildFailed => Resource[nameof(BuildFailed)];
    public static string Refresh => Resource[nameof(Refresh)];
}
