using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Seeding;
using Portal.Modules.Core.Search;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Announcements;
using Portal.Modules.Disclosure.DemoData;
using Portal.Modules.Core.Navigation;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure;

/// <summary>Announcements on the five lists: the editorial workflow, the publication clock, the public lists, enterprise histories and the searchable register.</summary>
public sealed class DisclosureModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DisclosureOptions>().Bind(configuration.GetSection(DisclosureOptions.Section));
        services.AddSingleton<IPermissionProvider, DisclosurePermissions>();
        services.AddSingleton<IPublicNavigation, ListNavigation>();
        services.AddScoped<Pages.PageLookups>();
        services.AddScoped<AnnouncementViews>();
        services.AddScoped<AnnouncementDatabaseSearch>();
        services.AddScoped<OwnAnnouncement>();
        services.AddScoped<Publication>();
        services.AddScoped<Subscriptions.SubscriptionDigest>();
        services.AddScoped<DisclosureCache>();
        services.AddScoped<IEnterpriseTimelineSource, AnnouncementTimeline>();
        services.AddScoped<ISearchDocumentSource, AnnouncementSearchSource>();
        services.AddScoped<Enterprises.EnterpriseSearchSource>();
        services.AddScoped<ISearchDocumentSource>(sp => sp.GetRequiredService<Enterprises.EnterpriseSearchSource>());
        services.AddScoped<IDemoDataSource, DemoAnnouncements>();
        services.AddSingleton<IObligationKindProvider, Deadlines.DisclosureObligations>();
        services.AddScoped<Deadlines.DisclosureDeadlines>();
        services.AddScoped<IObligationSource>(sp => sp.GetRequiredService<Deadlines.DisclosureDeadlines>());
        services.AddSingleton(new Core.Enterprises.EnterpriseAction(DisclosurePermissions.EditAnnouncements, DisclosureText.NewAboutEnterprise,
            code => $"/backoffice/announcements/new?enterprise={code}", 10));
        services.AddSingleton(new BackOfficeLink(DisclosurePermissions.EditAnnouncements, "/backoffice/announcements", DisclosureText.DeskTitle, 10));
        services.AddUseCases(typeof(DisclosureModule).Assembly);
        services.AddOutputCache(o => o.AddPolicy(DisclosureCache.Policy, p => p.Expire(DisclosureCache.PublicPageLifetime).Tag(DisclosureCache.Tag)
            .VaryByValue(Core.Navigation.ViewPreference.CacheKey).VaryByValue(Core.Localization.LocalizationRegistration.CacheKey)));
    }
}
