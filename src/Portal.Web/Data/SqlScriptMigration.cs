using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Modules.Core.Data;

namespace Portal.Web.Data;

/// <summary>
/// A migration whose schema change is a SQL script per provider, embedded from Data/Migrations/{Sqlite|Postgres}/{id}.sql.
/// EF's design-time package does not restore here, so the first script comes from the model itself
/// (tools/Portal.SchemaScript) and later ones are written by hand; a test applies all of them and checks the
/// result against the model on both databases.
/// </summary>
public abstract class SqlScriptMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var type = GetType();
        var id = type.GetCustomAttribute<MigrationAttribute>()?.Id ?? throw new InvalidOperationException($"{type.Name} has no [Migration] id");
        var context = type.GetCustomAttribute<DbContextAttribute>()?.ContextType;
        var folder = context == typeof(PostgresPortalDbContext) ? "Postgres" : "Sqlite";
        migrationBuilder.Sql(Script(folder, id));
    }

    internal static string Script(string folder, string id)
    {
        using var stream = typeof(SqlScriptMigration).Assembly.GetManifestResourceStream($"migrations/{folder}/{id}.sql")
            ?? throw new InvalidOperationException($"missing migration script {folder}/{id}.sql");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
