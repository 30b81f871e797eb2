using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Portal.Modules.Core.Search;
using Portal.Modules.Search.Analysis;

namespace Portal.Modules.Search.Index;

/// <summary>
/// Writes documents into one index file inside one SQLite transaction, with prepared statements. A document whose
/// fingerprint (its analysed text and filter values) has not changed is left alone, so replaying a task twice, or a
/// check finding nothing wrong, writes nothing.
/// </summary>
internal sealed class IndexWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _deleteDoc;
    private readonly SqliteCommand _deleteText;
    private readonly SqliteCommand _insertDoc;
    private readonly SqliteCommand _insertText;
    private readonly SqliteCommand _insertFacetValue;
    private readonly FacetValues _facetValues;

    public IndexWriter(SqliteConnection connection)
    {
        _connection = connection;
        _transaction = connection.BeginTransaction();
        _find = Prepare("SELECT key, fingerprint FROM docs WHERE id = $id", "$id");
        _deleteDoc = Prepare("DELETE FROM docs WHERE key = $key", "$key");
        _deleteText = Prepare("DELETE FROM fts WHERE rowid = $key", "$key");
        _insertDoc = Prepare("""
            INSERT INTO docs(key, id, list, stage, level, region_path, industry, dimension, department, published_on, credit_code, facets, fingerprint)
            VALUES ($key, $id, $list, $stage, $level, $region_path, $industry, $dimension, $department, $published_on, $credit_code, $facets, $fingerprint)
            """, "$key", "$id", "$list", "$stage", "$level", "$region_path", "$industry", "$dimension", "$department", "$published_on", "$credit_code", "$facets", "$fingerprint");
        _insertText = Prepare("INSERT INTO fts(rowid, grams, chars, exact) VALUES ($key, $grams, $chars, $exact)", "$key", "$grams", "$chars", "$exact");
        _insertFacetValue = Prepare("INSERT INTO facet_values(kind, value, ordinal) VALUES ($kind, $value, $ordinal)", "$kind", "$value", "$ordinal");
        _facetValues = FacetValues.Load(connection, _transaction);
    }

    public int Written { get; private set; }
    public int Removed { get; private set; }

    /// <summary>Makes the index hold exactly <paramref name="document"/> for its id, or nothing when it is null.</summary>
    public void Put(int id, SearchDocument? document)
    {
        var fingerprint = document is null ? 0 : Fingerprint(document);
        _find.Parameters["$id"].Value = id;
        long? existingKey = null;
        using (var reader = _find.ExecuteReader())
        {
            if (reader.Read())
            {
                existingKey = reader.GetInt64(0);
                if (document is not null && reader.GetInt64(1) == fingerprint && existingKey == IndexSchema.KeyOf(document.PublishAt, id))
                {
                    return;
                }
            }
        }
        if (existingKey is { } key)
        {
            _deleteDoc.Parameters["$key"].Value = key;
            _deleteDoc.ExecuteNonQuery();
            _deleteText.Parameters["$key"].Value = key;
            _deleteText.ExecuteNonQuery();
            Removed++;
        }
        if (document is not null)
        {
            Insert(new AnalysedDocument(document, fingerprint, AnalysedDocument.TextOf(document)));
        }
    }

    /// <summary>Adds a document known to be absent (a fresh build, which analyses on another thread), skipping the look-up.</summary>
    public void Add(AnalysedDocument analysed) => Insert(analysed);

    public void SetMeta(string key, string value) => IndexSchema.WriteMeta(_connection, key, value, _transaction);

    public void Commit() => _transaction.Commit();

    public void Dispose()
    {
        foreach (var command in new[] { _find, _deleteDoc, _deleteText, _insertDoc, _insertText, _insertFacetValue })
        {
            command.Dispose();
        }
        _transaction.Dispose();
    }

    private void Insert(AnalysedDocument analysed)
    {
        var (d, fingerprint, text) = analysed;
        var key = IndexSchema.KeyOf(d.PublishAt, d.Id);
        var p = _insertDoc.Parameters;
        p["$key"].Value = key;
        p["$id"].Value = d.Id;
        p["$list"].Value = d.List;
        p["$stage"].Value = d.Stage;
        p["$level"].Value = d.Level;
        p["$region_path"].Value = d.RegionPath;
        p["$industry"].Value = d.Industry;
        p["$dimension"].Value = (object?)d.Dimension ?? DBNull.Value;
        p["$department"].Value = d.Department;
        p["$published_on"].Value = DateNumber(d.PublishedOn);
        p["$credit_code"].Value = d.CreditCode;
        p["$facets"].Value = FacetCode.Pack(
            _facetValues.OrdinalOf(FacetCode.Kind.List, d.List, _insertFacetValue),
            _facetValues.OrdinalOf(FacetCode.Kind.Level, d.Level, _insertFacetValue),
            d.Dimension is null ? 0 : _facetValues.OrdinalOf(FacetCode.Kind.Dimension, d.Dimension, _insertFacetValue),
            _facetValues.OrdinalOf(FacetCode.Kind.Industry, d.Industry, _insertFacetValue),
            d.PublishedOn.Year,
            _facetValues.OrdinalOf(FacetCode.Kind.Region, d.RegionPath, _insertFacetValue));
        p["$fingerprint"].Value = fingerprint;
        _insertDoc.ExecuteNonQuery();

        var t = _insertText.Parameters;
        t["$key"].Value = key;
        t["$grams"].Value = text.Grams;
        t["$chars"].Value = text.Chars;
        t["$exact"].Value = text.Exact;
        _insertText.ExecuteNonQuery();
        Written++;
    }

    /// <summary>A document with its analysed text and fingerprint, computed off the writing thread.</summary>
    public sealed record AnalysedDocument(SearchDocument Document, long Fingerprint, ChineseAnalyzer.IndexText Text)
    {
        public long Key => IndexSchema.KeyOf(Document.PublishAt, Document.Id);

        /// <summary>The original texts are dropped once analysed: a build holds a whole batch in memory.</summary>
        public static AnalysedDocument Of(SearchDocument d) => new(d with { Texts = [], ExactTerms = [] }, IndexWriter.Fingerprint(d), TextOf(d));

        public static ChineseAnalyzer.IndexText TextOf(SearchDocument d) => ChineseAnalyzer.ForIndex(d.Texts, d.ExactTerms.Append(d.CreditCode));
    }

    public static int DateNumber(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    /// <summary>A stable 64-bit digest of everything the index stores about a document, and of the analyzer that stored it.</summary>
    public static long Fingerprint(SearchDocument d)
    {
        var builder = new StringBuilder();
        builder.Append(ChineseAnalyzer.Version).Append('\u001f')
            .Append(d.PublishAt.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .AppendJoin('\u001f', d.List, d.Stage, d.Level, d.RegionPath, d.Industry, d.Dimension ?? "", d.Department,
                DateNumber(d.PublishedOn).ToString(CultureInfo.InvariantCulture), d.CreditCode)
            .Append('\u001e').AppendJoin('\u001f', d.ExactTerms)
            .Append('\u001e').AppendJoin('\u001f', d.Texts);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()), hash);
        return BitConverter.ToInt64(hash[..8]);
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }
        command.Prepare();
        return command;
    }
}
