using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Modules.Core.Data;

namespace Portal.Jobs.Migrations.Sqlite
{
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261130000000_HangfireJobs")]
    public sealed class HangfireJobs : SqlScriptMigration;
}

namespace Portal.Jobs.Migrations.Postgres
{
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261130000000_HangfireJobs")]
    public sealed class HangfireJobs : SqlScriptMigration;
}
