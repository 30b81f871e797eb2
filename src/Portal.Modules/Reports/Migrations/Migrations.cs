using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Reports.Migrations.Sqlite
{
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261123000000_Reports")]
    public sealed class Reports : SqlScriptMigration;

    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261124000000_ReportExtensions")]
    public sealed class ReportExtensions : SqlScriptMigration;
}

namespace Portal.Modules.Reports.Migrations.Postgres
{
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261123000000_Reports")]
    public sealed class Reports : SqlScriptMigration;

    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261124000000_ReportExtensions")]
    public sealed class ReportExtensions : SqlScriptMigration;
}
