using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Core.Staff;

/// <summary>"忘记密码" and the reset link's page, without script.</summary>
[Route("account")]
[AllowAnonymous]
[AutoValidateAntiforgeryToken]
public sealed class PasswordResetController : Controller
{
    public sealed record ForgotPage(string? Account, string? Message, IReadOnlyDictionary<string, string[]> Errors);

    public sealed record ResetPage(string? UserName, string? Token, IReadOnlyDictionary<string, string[]> Errors);

    private static readonly Dictionary<string, string[]> NoErrors = [];

    [HttpGet("forgot-password")]
    public IActionResult Forgot() => View("~/Views/Account/ForgotPassword.cshtml", new ForgotPage(null, null, NoErrors));

    [HttpPost("forgot-password")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Forgot([FromForm] string? account, [FromServices] RequestPasswordReset.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(new RequestPasswordReset.Command(account), $"{Request.Scheme}://{Request.Host}", "self", cancellationToken);
        if (!outcome.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return View("~/Views/Account/ForgotPassword.cshtml", new ForgotPage(account, outcome.Value?.Message, outcome.Errors ?? NoErrors));
    }

    [HttpGet("reset-password")]
    public IActionResult Reset(string? user, string? token) => View("~/Views/Account/ResetPassword.cshtml", new ResetPage(user, token, NoErrors));

    [HttpPost("reset-password")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Reset([FromForm] string? user, [FromForm] string? token, [FromForm] string? newPassword, [FromServices] ResetPassword.Handler handler,
        CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(new ResetPassword.Command(user, token, newPassword), cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect("/account/sign-in?reset=done");
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Views/Account/ResetPassword.cshtml", new ResetPage(user, token, outcome.Errors ?? NoErrors));
    }
}
