using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Migrations.Sqlite
{
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261122000000_Foundation")]
    public sealed class Foundation : SqlScriptMigration;

    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261122200000_SearchIndexing")]
    public sealed class SearchIndexing : SqlScriptMigration;

    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261129000000_StaffTwoFactor")]
    public sealed class StaffTwoFactor : SqlScriptMigration;

    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261201000000_StaffDisabled")]
    public sealed class StaffDisabled : SqlScriptMigration;

    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261202000200_EnterpriseImports")]
    public sealed class EnterpriseImports : SqlScriptMigration;

    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261203000000_MailListUnsubscribe")]
    public sealed class MailListUnsubscribe : SqlScriptMigration;
}

namespace Portal.Modules.Core.Migrations.Postgres
{
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261122000000_Foundation")]
    public sealed class Foundation : SqlScriptMigration;

    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261122200000_SearchIndexing")]
    public sealed class SearchIndexing : SqlScriptMigration;

    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261129000000_StaffTwoFactor")]
    public sealed class StaffTwoFactor : SqlScriptMigration;

    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261201000000_StaffDisabled")]
    public sealed class StaffDisabled : SqlScriptMigration;

    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261202000200_EnterpriseImports")]
    public sealed class EnterpriseImports : SqlScriptMigration;

    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261203000000_MailListUnsubscribe")]
    public sealed class MailListUnsubscribe : SqlScriptMigration;
}
