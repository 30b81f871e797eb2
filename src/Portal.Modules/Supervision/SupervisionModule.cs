using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Staff;
using Portal.Modules.Supervision.Credit;
using Portal.Modules.Supervision.Obligations;
using Portal.Modules.Supervision.Overdue;
using Portal.Modules.Supervision.Sweep;

namespace Portal.Modules.Supervision;

/// <summary>Deadlines, reminders and escalation, the supervisor's dashboard, and the credit feed.</summary>
public sealed class SupervisionModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SupervisionOptions>().Bind(configuration.GetSection(SupervisionOptions.Section)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<SupervisionOptions>, ReminderSettings>();
        services.AddScoped<Core.Calendar.IDeadlineHorizon, ObligationHorizon>();
        services.AddScoped<DeadlineSweep>();
        services.AddScoped<SourceFollower>();
        services.AddScoped<RecheckChain>();
        services.AddScoped<PeriodicObligations>();
        services.AddScoped<IObligationFulfilment, PeriodicFulfilment>();
        services.AddScoped<Reminders>();
        services.AddScoped<CreditFeed>();
        services.AddScoped<CreditDelivery>();
        services.AddHttpClient(CreditDelivery.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<SupervisedRegion>();
        services.AddScoped<ObligationQuery>();
        services.AddScoped<Urging.UrgingSource>();
        services.AddScoped<IUrgingSource>(sp => sp.GetRequiredService<Urging.UrgingSource>());
        services.AddUseCases(typeof(SupervisionModule).Assembly);
        services.AddSingleton(new BackOfficeLink(Permissions.EnterBackOffice, "/backoffice/obligations", SupervisionText.ObligationsTitle, 5));
        services.AddSingleton(new BackOfficeLink(Permissions.Supervise, "/backoffice/supervision", SupervisionText.DashboardTitle, 25));
    }
}
