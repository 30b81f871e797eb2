using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Campaign.Migrations.Sqlite
{
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261204000000_Inspections")]
    public sealed class Inspections : SqlScriptMigration;
}

namespace Portal.Modules.Campaign.Migrations.Postgres
{
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261204000000_Inspections")]
    public sealed class Inspections : SqlScriptMigration;
}

namespace Portal.Modules.Campaign.Migrations.Sqlite
{
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261205000000_CampaignPlans")]
    public sealed class CampaignPlans : SqlScriptMigration;
}

namespace Portal.Modules.Campaign.Migrations.Postgres
{
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261205000000_CampaignPlans")]
    public sealed class CampaignPlans : SqlScriptMigration;
}
