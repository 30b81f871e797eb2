using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Portal.Modules.Core.Data;

/// <summary>
/// A compiled query for each model it meets. EF refuses to run a compiled query against a model other than the one it
/// was compiled for, and a process can hold several: the SQLite and PostgreSQL contexts (the tests run both), or
/// several hosts.
/// </summary>
public sealed class PerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _compiled = [];

    public TQuery For(DbContext db) => _compiled.GetValue(db.Model, _ => compile());
}
