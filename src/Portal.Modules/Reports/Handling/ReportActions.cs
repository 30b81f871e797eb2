using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Reports.Handling;

/// <summary>The body of POST /api/v1/reports/{id}/actions (docs/api.md), one shape for every action; each action reads its own fields.</summary>
public sealed record ReportActionBody(string? Action, string? Text, string? Findings, string? Reason, string? Department, string? RegionCode,
    string? Conclusion, DateOnly? Until, bool? Approve, string? Note);

/// <summary>Dispatches an action by its wire name to its use case; the page and the API both come through here.</summary>
public sealed class ReportActions(IServiceProvider services)
{
    public const string Accept = "accept";
    public const string Verify = "verify";
    public const string Transfer = "transfer";
    public const string Escalate = "escalate";
    public const string RequestExtension = "request-extension";
    public const string DecideExtension = "decide-extension";
    public const string Conclude = "conclude";
    public const string Message = "message";
    public const string Close = "close";
    public const string PublishOutcome = "publish-outcome";

    public static readonly IReadOnlyList<string> All = [Accept, Verify, Transfer, Escalate, RequestExtension, DecideExtension, Conclude, Message, Close, PublishOutcome];

    public Task<Outcome<HandledState>> RunAsync(int id, ReportActionBody body, StaffContext actor, CancellationToken cancellationToken) => body.Action switch
    {
        Accept => Get<AcceptReport.Handler>().HandleAsync(id, actor, cancellationToken),
        Verify => Get<RecordVerification.Handler>().HandleAsync(id, body.Findings ?? body.Text, actor, cancellationToken),
        Transfer => Get<TransferReport.Handler>().HandleAsync(new TransferReport.Command(id, body.Department, body.RegionCode, body.Reason), actor, cancellationToken),
        Escalate => Get<EscalateReport.Handler>().HandleAsync(id, body.Reason, actor, cancellationToken),
        RequestExtension => Get<Handling.RequestExtension.Handler>().HandleAsync(new Handling.RequestExtension.Command(id, body.Until, body.Reason), actor, cancellationToken),
        DecideExtension => Get<Handling.DecideExtension.Handler>().HandleAsync(new Handling.DecideExtension.Command(id, body.Approve == true, body.Note), actor, cancellationToken),
        Conclude => Get<ConcludeReport.Handler>().HandleAsync(new ConcludeReport.Command(id, body.Conclusion, body.Text), actor, cancellationToken),
        Message => Get<ReplyToReporter.Handler>().HandleAsync(id, body.Text, actor, cancellationToken),
        Close => Get<CloseReport.Handler>().HandleAsync(id, actor, cancellationToken),
        PublishOutcome => Get<Handling.PublishOutcome.Handler>().HandleAsync(id, body.Text, actor, cancellationToken),
        _ => Task.FromResult(UnitReports.Refuse("action", string.Format(ReportsText.ActionUnknown, body.Action, string.Join("、", All)))),
    };

    private T Get<T>() where T : notnull => services.GetRequiredService<T>();
}
