using System.Reflection;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Localization;
using Portal.Modules.Core.DemoData;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Seeding;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core;

/// <summary>Regions, departments, enterprises, the working-day calendar, staff accounts and permissions.</summary>
public sealed class CoreModule : IPortalModule
{
    /// <summary>Chooses the cookie for the back office and the bearer token for programs.</summary>
    public const string StaffScheme = "Portal.Staff";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        services.Configure<AdminOptions>(configuration.GetSection("Portal:Admin"));
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<RegionDirectory>();
        services.AddSingleton<NameDirectory>();
        services.AddSingleton<Search.IndexingSignal>();
        services.AddSingleton<Search.IndexingSignal.Interceptor>();
        services.AddSingleton<WorkingDayCalendar>();
        services.AddSingleton<Secrets.SharedSecrets>();
        services.AddScoped<RegionLoader>();
        services.AddScoped<DepartmentDirectory>();
        services.AddScoped<Audit>();
        services.AddScoped<ExclusiveRun>();
        services.Configure<Mail.MailOptions>(configuration.GetSection(Mail.MailOptions.Section));
        services.AddScoped<Mail.MailOutbox>();
        services.AddScoped<Mail.MailDispatcher>();
        services.TryAddScoped<Mail.IMailTransport, Mail.MailKitTransport>();
        services.AddSingleton<Deadlines.ObligationKinds>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<CalendarWarning>();
        services.AddScoped<Deadlines.Urgings>();
        services.AddScoped<Enterprises.Import.EnterpriseImportRunner>();
        services.AddSingleton<Files.CleaningTool>();
        services.AddSingleton<Files.PdfCleaner>();
        services.AddSingleton(new BackOfficeLink(Permissions.EditEnterprises, "/backoffice/enterprises", CoreText.EnterprisesTitle, 15));
        services.AddSingleton(new BackOfficeLink(Permissions.ManageStaff, "/backoffice/staff", CoreText.StaffTitle, 60));
        services.AddSingleton(new BackOfficeLink(Permissions.ManageCalendar, "/backoffice/calendar", CoreText.CalendarTitle, 70));
        services.AddScoped<StaffPlacement>();
        services.AddScoped<StaffScope>();
        services.AddScoped<PasswordCheck>();
        services.AddScoped<ReferenceData>();
        services.AddScoped<FirstAdministrator>();
        services.AddScoped<IDemoDataSource, DemoEnterprises>();
        services.AddUseCases(typeof(CoreModule).Assembly);
        services.AddPortalRateLimits(configuration);
        services.AddPortalLocalization();

        AddStaffAccounts(services);
        // The key ring is kept in the database, so that every node shares it, and encrypted with a certificate that is not.
        services.AddDataProtection().SetApplicationName("Portal");
        services.AddSingleton(sp => Secrets.KeyEncryptionCertificate.Load(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<PortalPaths>()));
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory, Secrets.KeyEncryptionCertificate, Microsoft.Extensions.Logging.ILoggerFactory>((o, scopes, certificate, loggers) =>
            {
                o.XmlRepository = new DatabaseXmlRepository(scopes);
                o.XmlEncryptor = new Secrets.CertificateKeyEncryptor(certificate, loggers);
            });
    }

    private static void AddStaffAccounts(IServiceCollection services)
    {
        services.AddIdentityCore<StaffUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 4;
                // Length protects better than composition rules, which push people to predictable passwords.
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticator>(TokenOptions.DefaultAuthenticatorProvider)
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>();

        services.AddAuthentication(StaffScheme)
            .AddPolicyScheme(StaffScheme, StaffScheme, o => o.ForwardDefaultSelector = SelectScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = IssueToken.Lifetime)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "portal.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => AnswerApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => AnswerApiOrRedirect(context, StatusCodes.Status403Forbidden, enrolFirst: true);
        });
        // Reset links (RequestPasswordReset) expire; they are single-use because a reset changes the security stamp they carry.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = RequestPasswordReset.LinkLifetime);
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<PermissionCatalog>();
        services.AddAuthorization();
        services.AddSingleton<IConfigureOptions<AuthorizationOptions>, PermissionPolicies>();
        services.AddScoped<IAuthorizationHandler, ActiveAccountHandler>();
    }

    /// <summary>
    /// Programs get the status; people get the sign-in page, or, when they are signed in without a second factor
    /// (which no permission accepts), the page that enrols their authenticator.
    /// </summary>
    private static Task AnswerApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status, bool enrolFirst = false)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else if (enrolFirst && context.HttpContext.User.Identity?.IsAuthenticated == true && !context.HttpContext.User.HasClaim(c => c.Type == StaffClaimsFactory.TwoFactorClaim))
        {
            context.Response.Redirect("/account/authenticator");
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }

    /// <summary>A bearer header means a program; an API call without a staff cookie is answered 401, never redirected to a page.</summary>
    private static string SelectScheme(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return IdentityConstants.BearerScheme;
        }
        return context.Request.Path.StartsWithSegments("/api") && !context.Request.Cookies.ContainsKey("portal.staff")
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;
    }
}

public static class UseCaseRegistration
{
    /// <summary>Registers every use case's nested Handler and Validator class (one use case, one file).</summary>
    public static IServiceCollection AddUseCases(this IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsNested: true }
                     && t.Name is "Handler" or "Validator" && t.DeclaringType is { IsAbstract: true, IsSealed: true }))
        {
            services.AddScoped(type);
        }
        return services;
    }
}
