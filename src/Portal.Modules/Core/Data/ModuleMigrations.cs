using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Portal.Modules.Core.Data;

/// <summary>
/// Migrations gathered from every module's assembly, as each module maps its own tables: a module keeps its migrations
/// (and their SQL scripts) beside its code, and they run in the order of their ids, which is the order they were
/// written in. Each migration names the provider's context it belongs to.
/// </summary>
public sealed class ModuleMigrations(ICurrentDbContext current) : IMigrationsAssembly
{
    private readonly Type _context = current.Context.GetType();

    private IReadOnlyDictionary<string, TypeInfo>? _migrations;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= Find();

    /// <summary>Scripts are written by hand and checked against the model by a test, so there is no snapshot.</summary>
    public ModelSnapshot? ModelSnapshot => null;

    public Assembly Assembly => typeof(PortalDbContext).Assembly;

    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(id => id == nameOrId || id.EndsWith("_" + nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private SortedDictionary<string, TypeInfo> Find()
    {
        var assemblies = current.Context is PortalDbContext portal ? portal.ModelAssemblies : [typeof(PortalDbContext).Assembly];
        var found = new SortedDictionary<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in assemblies.SelectMany(a => a.DefinedTypes).Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract))
        {
            if (type.GetCustomAttribute<DbContextAttribute>()?.ContextType == _context && type.GetCustomAttribute<MigrationAttribute>() is { } id)
            {
                if (!found.TryAdd(id.Id, type))
                {
                    throw new InvalidOperationException($"Two migrations have the id {id.Id}: {found[id.Id].FullName} and {type.FullName}");
                }
            }
        }
        return found;
    }

    /// <summary>Has a context read the modules' migrations.</summary>
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options) => options.ReplaceService<IMigrationsAssembly, ModuleMigrations>();

    public static DbContextOptionsBuilder<T> Use<T>(DbContextOptionsBuilder<T> options) where T : DbContext => options.ReplaceService<IMigrationsAssembly, ModuleMigrations>();
}

/// <summary>
/// A migration whose schema change is a SQL script per provider, embedded from its module's
/// Migrations/{Sqlite|Postgres}/{id}.sql. EF's design-time package does not restore here, so the first script came from
/// the model itself (tools/Portal.SchemaScript) and later ones are written by hand; a test applies all of them and
/// checks the result against the model on both databases.
/// </summary>
public abstract class SqlScriptMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var type = GetType();
        var id = type.GetCustomAttribute<MigrationAttribute>()?.Id ?? throw new InvalidOperationException($"{type.Name} has no [Migration] id");
        var context = type.GetCustomAttribute<DbContextAttribute>()?.ContextType;
        var folder = context == typeof(PostgresPortalDbContext) ? "Postgres" : "Sqlite";
        using var stream = type.Assembly.GetManifestResourceStream($"migrations/{folder}/{id}.sql")
            ?? throw new InvalidOperationException($"missing migration script {folder}/{id}.sql in {type.Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        migrationBuilder.Sql(reader.ReadToEnd());
    }
}
