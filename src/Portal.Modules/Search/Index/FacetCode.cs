using Microsoft.Data.Sqlite;

namespace Portal.Modules.Search.Index;

/// <summary>
/// Every facet value of a document packed into one integer (<c>docs.facets</c>), so counting the facets of a result
/// is one count per distinct integer instead of grouping six text columns per match: at a million documents the
/// grouped text pass was most of a common term's time. Text values are small ordinals of <see cref="FacetValues"/>;
/// the year is the publication year itself.
/// </summary>
internal static class FacetCode
{
    public enum Kind
    {
        List = 1,
        Level = 2,
        Dimension = 3,
        Industry = 4,
        Region = 5,
    }

    private const int RegionBits = 16, IndustryBits = 8, YearBits = 8, DimensionBits = 4, LevelBits = 4, ListBits = 4;
    private const int IndustryShift = RegionBits;
    private const int YearShift = IndustryShift + IndustryBits;
    private const int DimensionShift = YearShift + YearBits;
    private const int LevelShift = DimensionShift + DimensionBits;
    private const int ListShift = LevelShift + LevelBits;
    private const int FirstYear = 2000;

    public static int Capacity(Kind kind) => (1 << kind switch
    {
        Kind.List => ListBits,
        Kind.Level => LevelBits,
        Kind.Dimension => DimensionBits,
        Kind.Industry => IndustryBits,
        _ => RegionBits,
    }) - 1;

    /// <summary>Ordinals start at 1; a dimension of 0 is "none".</summary>
    public static long Pack(int list, int level, int dimension, int industry, int year, int region) =>
        (long)list << ListShift | (long)level << LevelShift | (long)dimension << DimensionShift
        | (long)Math.Clamp(year - FirstYear, 0, (1 << YearBits) - 1) << YearShift | (long)industry << IndustryShift | (uint)region;

    public readonly record struct Parts(int List, int Level, int Dimension, int Industry, int Year, int Region);

    public static Parts Unpack(long code) => new(
        Field(code, ListShift, ListBits),
        Field(code, LevelShift, LevelBits),
        Field(code, DimensionShift, DimensionBits),
        Field(code, IndustryShift, IndustryBits),
        FirstYear + Field(code, YearShift, YearBits),
        Field(code, 0, RegionBits));

    private static int Field(long code, int shift, int bits) => (int)((code >> shift) & ((1L << bits) - 1));
}

/// <summary>
/// The ordinals of one index file's facet values. Append-only: an ordinal, once given, names its value for the
/// life of the file, so a reader's copy is only ever incomplete, never wrong.
/// </summary>
internal sealed class FacetValues
{
    private readonly Dictionary<(FacetCode.Kind, string), int> _ordinals = [];
    private readonly Dictionary<(FacetCode.Kind, int), string> _values = [];
    private readonly Dictionary<FacetCode.Kind, int> _highest = [];

    public static FacetValues Load(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        var values = new FacetValues();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT kind, value, ordinal FROM facet_values";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            values.Remember((FacetCode.Kind)reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2));
        }
        return values;
    }

    public string? ValueOf(FacetCode.Kind kind, int ordinal) => _values.GetValueOrDefault((kind, ordinal));

    public bool Knows(FacetCode.Kind kind, int ordinal) => _values.ContainsKey((kind, ordinal));

    /// <summary>The value's ordinal, given now (and written with <paramref name="insert"/>) if the file has not seen it.</summary>
    public int OrdinalOf(FacetCode.Kind kind, string value, SqliteCommand insert)
    {
        if (_ordinals.TryGetValue((kind, value), out var ordinal))
        {
            return ordinal;
        }
        ordinal = _highest.GetValueOrDefault(kind) + 1;
        if (ordinal > FacetCode.Capacity(kind))
        {
            throw new InvalidOperationException($"The search index has no room for another {kind} facet value ({value}); widen FacetCode and raise IndexSchema.Version.");
        }
        insert.Parameters["$kind"].Value = (int)kind;
        insert.Parameters["$value"].Value = value;
        insert.Parameters["$ordinal"].Value = ordinal;
        insert.ExecuteNonQuery();
        Remember(kind, value, ordinal);
        return ordinal;
    }

    private void Remember(FacetCode.Kind kind, string value, int ordinal)
    {
        _ordinals[(kind, value)] = ordinal;
        _values[(kind, ordinal)] = value;
        _highest[kind] = Math.Max(_highest.GetValueOrDefault(kind), ordinal);
    }
}
