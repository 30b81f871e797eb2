using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// Back-office sign-in: password, then an authenticator code (or a recovery code). An account without an authenticator
/// signs in only as far as enrolling one: no permission accepts a sign-in without a second factor.
/// </summary>
[Route("account")]
[AutoValidateAntiforgeryToken]
public sealed class AccountController(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, PasswordCheck passwords, IOptions<PortalOptions> options) : Controller
{
    public sealed class SignInForm
    {
        [Required(ErrorMessageResourceType = typeof(CoreText), ErrorMessageResourceName = nameof(CoreText.UserNameRequired))]
        [Display(ResourceType = typeof(CoreText), Name = nameof(CoreText.UserName))]
        public string? UserName { get; set; }

        [Required(ErrorMessageResourceType = typeof(CoreText), ErrorMessageResourceName = nameof(CoreText.PasswordRequired))]
        [Display(ResourceType = typeof(CoreText), Name = nameof(CoreText.Password))]
        [DataType(DataType.Password)]
        public string? Password { get; set; }

        public string? ReturnUrl { get; set; }
    }

    public sealed class CodeForm
    {
        [Required(ErrorMessageResourceType = typeof(CoreText), ErrorMessageResourceName = nameof(CoreText.TotpRequired))]
        [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessageResourceType = typeof(CoreText), ErrorMessageResourceName = nameof(CoreText.TotpFormat))]
        [Display(ResourceType = typeof(CoreText), Name = nameof(CoreText.TotpCode))]
        public string? Code { get; set; }

        public string? ReturnUrl { get; set; }
    }

    public sealed class RecoveryForm
    {
        [Required(ErrorMessageResourceType = typeof(CoreText), ErrorMessageResourceName = nameof(CoreText.RecoveryCodeRequired))]
        [Display(ResourceType = typeof(CoreText), Name = nameof(CoreText.RecoveryCodeLabel))]
        public string? RecoveryCode { get; set; }

        public string? ReturnUrl { get; set; }
    }

    public sealed record EnrolModel(string SharedKey, string AuthenticatorUri, CodeForm Form);

    [HttpGet("sign-in")]
    [AllowAnonymous]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [HttpPost("sign-in")]
    [EnableRateLimiting(RateLimits.SignIn)]
    [AllowAnonymous]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        // An unknown name, a wrong password and a held account read the same and take as long.
        if (await passwords.CheckAsync(form.UserName!, form.Password!) is not { } user)
        {
            ModelState.AddModelError(string.Empty, CoreText.BadCredentials);
            return View(form);
        }
        var result = await signIn.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: false);
        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(TwoFactor), new { returnUrl = form.ReturnUrl });
        }
        return result.Succeeded ? LocalRedirect(SafeReturnUrl(form.ReturnUrl)) : View(form);
    }

    [HttpGet("two-factor")]
    [AllowAnonymous]
    public async Task<IActionResult> TwoFactor(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(SignIn))
            : View(new CodeForm { ReturnUrl = returnUrl });

    [HttpPost("two-factor")]
    [EnableRateLimiting(RateLimits.SignIn)]
    [AllowAnonymous]
    public async Task<IActionResult> TwoFactor(CodeForm form)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn));
        }
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Digits(form.Code), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }
        ModelState.AddModelError(string.Empty, CoreText.BadTotp);
        return View(form);
    }

    [HttpPost("recovery")]
    [EnableRateLimiting(RateLimits.SignIn)]
    [AllowAnonymous]
    public async Task<IActionResult> Recovery(RecoveryForm form)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn));
        }
        if (ModelState.IsValid)
        {
            var result = await signIn.TwoFactorRecoveryCodeSignInAsync(form.RecoveryCode!.Replace(" ", string.Empty, StringComparison.Ordinal));
            if (result.Succeeded)
            {
                return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
            }
            ModelState.AddModelError(nameof(RecoveryForm.RecoveryCode), CoreText.BadRecoveryCode);
        }
        return View(nameof(TwoFactor), new CodeForm { ReturnUrl = form.ReturnUrl });
    }

    /// <summary>Enrol an authenticator app; every staff member lands here until they have.</summary>
    [HttpGet("authenticator")]
    [Authorize]
    public async Task<IActionResult> Authenticator()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToAction(nameof(SignIn));
        }
        return View(await EnrolModelAsync(user, new CodeForm()));
    }

    [HttpPost("authenticator")]
    [Authorize]
    public async Task<IActionResult> Authenticator([Bind(Prefix = "Form")] CodeForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToAction(nameof(SignIn));
        }
        if (!ModelState.IsValid)
        {
            return View(await EnrolModelAsync(user, form));
        }
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Digits(form.Code)))
        {
            ModelState.AddModelError(string.Empty, CoreText.BadTotp);
            return View(await EnrolModelAsync(user, form));
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        Response.Headers.CacheControl = "no-store";
        return View("RecoveryCodes", codes.ToList());
    }

    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutNow()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("denied")]
    [AllowAnonymous]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private async Task<EnrolModel> EnrolModelAsync(StaffUser user, CodeForm form)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        var issuer = UrlEncoder.Default.Encode(Localization.PortalCultures.InChinese(() => options.Value.Site.ShownName));
        var account = UrlEncoder.Default.Encode(user.UserName ?? string.Empty);
        var uri = $"otpauth://totp/{issuer}:{account}?secret={key}&issuer={issuer}&digits=6";
        var grouped = string.Join(' ', Enumerable.Range(0, (key!.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4)))));
        return new EnrolModel(grouped, uri, form);
    }

    private static string Digits(string? code) => new((code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/backoffice";
}
