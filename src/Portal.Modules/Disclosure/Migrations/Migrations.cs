using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Disclosure.Migrations.Sqlite
{
    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261122100000_Announcements")]
    public sealed class Announcements : SqlScriptMigration;

    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261202000100_AnnouncementAttachments")]
    public sealed class AnnouncementAttachments : SqlScriptMigration;

    [DbContext(typeof(SqlitePortalDbContext))]
    [Migration("20261203000100_Subscriptions")]
    public sealed class Subscriptions : SqlScriptMigration;
}

namespace Portal.Modules.Disclosure.Migrations.Postgres
{
    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261122100000_Announcements")]
    public sealed class Announcements : SqlScriptMigration;

    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261202000100_AnnouncementAttachments")]
    public sealed class AnnouncementAttachments : SqlScriptMigration;

    [DbContext(typeof(PostgresPortalDbContext))]
    [Migration("20261203000100_Subscriptions")]
    public sealed class Subscriptions : SqlScriptMigration;
}
