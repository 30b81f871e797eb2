using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Seeding;

/// <summary><c>Portal:Admin:*</c>: the account that opens all others. Nothing is seeded with a known password.</summary>
public sealed class AdminOptions
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? Email { get; set; }

    /// <summary>Base32 authenticator key, for provisioning by script; without it the administrator enrols at first sign-in.</summary>
    public string? AuthenticatorKey { get; set; }

    public string RegionCode { get; set; } = "220000";
    public string Department { get; set; } = DepartmentKinds.Government;
}

public sealed class FirstAdministrator(
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    PortalDbContext db,
    IOptions<AdminOptions> options,
    TimeProvider clock,
    ILogger<FirstAdministrator> logger)
{
    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        var admin = options.Value;
        if (string.IsNullOrWhiteSpace(admin.UserName) || string.IsNullOrEmpty(admin.Password))
        {
            return;
        }
        if (await users.FindByNameAsync(admin.UserName) is not null)
        {
            return;
        }
        var unit = await db.DepartmentUnits.AsNoTracking()
            .FirstOrDefaultAsync(u => u.RegionCode == admin.RegionCode && u.KindCode == admin.Department, cancellationToken)
            ?? throw new InvalidOperationException($"Portal:Admin: no department unit {admin.Department} at region {admin.RegionCode}");
        var user = new StaffUser
        {
            UserName = admin.UserName,
            Email = admin.Email ?? $"{admin.UserName}@localhost",
            EmailConfirmed = true,
            UnitId = unit.Id,
            LockoutEnabled = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, admin.Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Portal:Admin: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, Roles.Admin);
        if (!string.IsNullOrWhiteSpace(admin.AuthenticatorKey))
        {
            var key = AuthenticatorKeys.Normalize(admin.AuthenticatorKey)
                ?? throw new InvalidOperationException($"Portal:Admin:AuthenticatorKey: not a Base32 key of at least {AuthenticatorKeys.MinimumCharacters} characters");
            await AuthenticatorKeys.ProvisionAsync(users, user, key);
        }
        logger.LogInformation("Created the first administrator account {UserName} for unit {Unit}", admin.UserName, unit.Name);
    }
}
