namespace Portal.Modules.Core.Common;

/// <summary>
/// Asks the job farm to run one of its named jobs soon (docs/architecture.md, "Jobs"). Call it after the work the job
/// picks up is committed: the job reads the database, the request hands it nothing. It never throws; a job that could
/// not be queued is caught up by its recurring run.
/// </summary>
public interface IJobQueue
{
    void RunSoon(string jobName);
}
