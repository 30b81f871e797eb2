using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Reports.Deadlines;
using Portal.Modules.Core.Seeding;
using Portal.Modules.Reports.Captcha;
using Portal.Modules.Reports.DemoData;
using Portal.Modules.Reports.Evidence;
using Portal.Modules.Reports.Handling;
using Portal.Modules.Reports.Outcomes;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Reports.Intake;
using Portal.Modules.Reports.Receipts;
using Portal.Modules.Reports.Routing;

namespace Portal.Modules.Reports;

/// <summary>The reporting platform (举报平台): intake with a receipt and a captcha, evidence, routing, handling.</summary>
public sealed class ReportsModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionProvider, ReportsPermissions>();
        services.Configure<ReportsOptions>(configuration.GetSection(ReportsOptions.Section));
        services.Configure<CaptchaOptions>(configuration.GetSection(CaptchaOptions.Section));
        services.AddSingleton<CaptchaKey>();
        services.AddSingleton<ProofOfWork>();
        services.AddScoped<CaptchaVerifier>();
        services.AddHttpClient(CaptchaVerifier.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<EvidenceStore>();
        services.AddSingleton<EvidenceIntake>();
        services.AddSingleton<EvidenceCleaner>();
        services.AddSingleton<VideoCleaner>();
        services.AddSingleton<IdentityProtector>();
        services.AddScoped<ReceiptAccess>();
        services.AddScoped<ReportRouter>();
        services.AddScoped<UnitReports>();
        services.AddScoped<ReportActions>();
        services.AddScoped<IEnterpriseTimelineSource, ReportOutcomeTimeline>();
        services.AddScoped<IDemoDataSource, DemoReports>();
        services.AddSingleton<IObligationKindProvider, ReportObligations>();
        services.AddScoped<IObligationSource, ReportDeadlines>();
        services.AddUseCases(typeof(ReportsModule).Assembly);
        services.AddSingleton<Core.Navigation.IPublicNavigation, Pages.ReportNavigation>();
        services.AddSingleton(new BackOfficeLink(ReportsPermissions.HandleReports, "/backoffice/reports", ReportsText.QueueTitle, 20));
        services.AddSingleton(new BackOfficeLink(Permissions.Supervise, "/backoffice/reports/extensions", ReportsText.ExtensionsTitle, 30));
        services.AddSingleton(new BackOfficeLink(ReportsPermissions.ManageReportRouting, "/backoffice/routing-rules", ReportsText.RoutingTitle, 40));
        services.AddSingleton(new BackOfficeLink(Permissions.Supervise, "/backoffice/reports/identity-reads", ReportsText.IdentityReadsTitle, 35));
    }
}
