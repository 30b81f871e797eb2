using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Supervision.Migrations.Sqlite
{
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261125000000_Supervision")]
    public sealed class Supervision : SqlScriptMigration;

    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261130000100_IncrementalSweep")]
    public sealed class IncrementalSweep : SqlScriptMigration;

    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261202000000_Urgings")]
    public sealed class Urgings : SqlScriptMigration;
}

namespace Portal.Modules.Supervision.Migrations.Postgres
{
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261125000000_Supervision")]
    public sealed class Supervision : SqlScriptMigration;

    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261130000100_IncrementalSweep")]
    public sealed class IncrementalSweep : SqlScriptMigration;

    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261202000000_Urgings")]
    public sealed class Urgings : SqlScriptMigration;
}
