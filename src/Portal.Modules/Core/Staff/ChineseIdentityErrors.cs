using Microsoft.AspNetCore.Identity;

namespace Portal.Modules.Core.Staff;

/// <summary>Identity's messages in Chinese, so a short password or a taken name reads clearly to staff.</summary>
public sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = string.Format(CoreText.PasswordTooShort, length) };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = string.Format(CoreText.PasswordUniqueChars, uniqueChars) };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = CoreText.PasswordDigit };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = CoreText.PasswordLower };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = CoreText.PasswordUpper };
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = CoreText.PasswordSymbol };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = string.Format(CoreText.UserNameTaken, userName) };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = CoreText.UserNameFormat };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = string.Format(CoreText.EmailTaken, email) };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = string.Format(CoreText.EmailFormat, email) };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = CoreText.BadCredentials };
    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = CoreText.BadTotp };
    public override IdentityError UserLockoutNotEnabled() => new() { Code = nameof(UserLockoutNotEnabled), Description = CoreText.BadCredentials };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = CoreText.UnknownError };
}
