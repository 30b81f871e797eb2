using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;
using Portal.Web.Hosting;

// Prints the CREATE script of the current model for one provider: the starting point of a new migration script.
// Usage: dotnet run --project tools/Portal.SchemaScript -- Sqlite|Postgres
var provider = args.FirstOrDefault() ?? "Sqlite";
var parts = new PortalModelParts(PortalComposition.Modules.Select(m => m.Assembly));
using PortalDbContext db = provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
    ? new PostgresPortalDbContext(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql("Host=localhost").UsePortalModel(parts).Options)
    : new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=:memory:").UsePortalModel(parts).Options);
Console.Write(db.Database.GenerateCreateScript());
