using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Modules.Core.Data;

namespace Portal.Web.Data.Migrations.Sqlite
{
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261122000000_Foundation")]
    public sealed class Foundation : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Postgres
{
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261122000000_Foundation")]
    public sealed class Foundation : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Sqlite
{
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261122100000_Announcements")]
    public sealed class Announcements : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Postgres
{
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261122100000_Announcements")]
    public sealed class Announcements : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Sqlite
{
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261122200000_SearchIndexing")]
    public sealed class SearchIndexing : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Postgres
{
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261122200000_SearchIndexing")]
    public sealed class SearchIndexing : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Sqlite
{
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261123000000_Reports")]
    public sealed class Reports : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Postgres
{
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261123000000_Reports")]
    public sealed class Reports : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Sqlite
{
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261124000000_ReportExtensions")]
    public sealed class ReportExtensions : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Postgres
{
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261124000000_ReportExtensions")]
    public sealed class ReportExtensions : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Sqlite
{
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261125000000_Supervision")]
    public sealed class Supervision : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Postgres
{
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261125000000_Supervision")]
    public sealed class Supervision : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Sqlite
{
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261129000000_StaffTwoFactor")]
    public sealed class StaffTwoFactor : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Postgres
{
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261129000000_StaffTwoFactor")]
    public sealed class StaffTwoFactor : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Sqlite
{
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261130000000_HangfireJobs")]
    public sealed class HangfireJobs : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Postgres
{
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261130000000_HangfireJobs")]
    public sealed class HangfireJobs : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Sqlite
{
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261130000100_IncrementalSweep")]
    public sealed class IncrementalSweep : SqlScriptMigration;
}

namespace Portal.Web.Data.Migrations.Postgres
{
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261130000100_IncrementalSweep")]
    public sealed class IncrementalSweep : SqlScriptMigration;
}
