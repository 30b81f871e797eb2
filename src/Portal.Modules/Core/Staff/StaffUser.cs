using Microsoft.AspNetCore.Identity;

namespace Portal.Modules.Core.Staff;

/// <summary>A staff account; every one belongs to a department unit, which scopes what it may do.</summary>
public sealed class StaffUser : IdentityUser
{
    public int UnitId { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The 30-second step of the last authenticator code accepted: a code works once (<see cref="SingleUseAuthenticator"/>).</summary>
    public long? TotpLastStep { get; set; }

    /// <summary>When an administrator disabled the account: it signs in no more and its sessions and tokens end at once.</summary>
    public DateTime? DisabledAt { get; set; }
}
