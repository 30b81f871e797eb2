using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Modules.Core.Common;
using Portal.Modules.Disclosure.Subscriptions;

namespace Portal.Modules.Disclosure.Pages;

/// <summary>
/// Subscribing by e-mail, without script: the form, the page a mailed link opens (a button confirms, since mail
/// scanners open links), and leaving, from that page or in one click from the mail reader (RFC 8058). Nothing is cached:
/// these pages speak to one address's owner.
/// </summary>
[EnableRateLimiting(RateLimits.PublicRead)]
public sealed class SubscriptionPagesController : Controller
{
    public sealed record ManagePage(GetSubscription.View? Subscription, string? Done, string? Problem = null);

    private const string FormView = "~/Views/Subscriptions/Form.cshtml";
    private const string ManageView = "~/Views/Subscriptions/Manage.cshtml";

    [HttpGet("/subscriptions/new")]
    public async Task<IActionResult> Form([FromQuery] Subscribe.Command form, [FromServices] ShowSubscriptionForm.Handler page, CancellationToken cancellationToken) =>
        NoStore(View(FormView, await page.HandleAsync(form, null, null, cancellationToken)));

    [EnableRateLimiting(RateLimits.Subscribe)]
    [HttpPost("/subscriptions")]
    public async Task<IActionResult> Subscribe([FromForm] Subscribe.Command form, [FromServices] Subscribe.Handler handler, [FromServices] ShowSubscriptionForm.Handler page,
        CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(form, $"{Request.Scheme}://{Request.Host}", cancellationToken);
        if (!outcome.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return NoStore(View(FormView, await page.HandleAsync(form, outcome.Errors, outcome.Value, cancellationToken)));
    }

    [HttpGet("/subscriptions/{token}")]
    [HttpGet("/subscriptions/{token}/unsubscribe")]
    public async Task<IActionResult> Manage(string token, [FromServices] GetSubscription.Handler handler, CancellationToken cancellationToken) =>
        await ManageAsync(token, null, handler, cancellationToken);

    [HttpPost("/subscriptions/{token}/confirm")]
    public async Task<IActionResult> Confirm(string token, [FromServices] ConfirmSubscription.Handler confirm, [FromServices] GetSubscription.Handler handler,
        CancellationToken cancellationToken)
    {
        await confirm.HandleAsync(token, cancellationToken);
        return await ManageAsync(token, DisclosureText.SubscriptionConfirmed, handler, cancellationToken);
    }

    /// <summary>The page's button and the mail reader's one-click POST (body <c>List-Unsubscribe=One-Click</c>) alike; the token is the only credential.</summary>
    [HttpPost("/subscriptions/{token}/unsubscribe")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Unsubscribe(string token, [FromServices] Unsubscribe.Handler handler, CancellationToken cancellationToken)
    {
        var ended = await handler.HandleAsync(token, cancellationToken);
        return NoStore(View(ManageView, new ManagePage(null, ended ? DisclosureText.SubscriptionEnded : DisclosureText.SubscriptionAlreadyEnded)));
    }

    private async Task<IActionResult> ManageAsync(string token, string? done, GetSubscription.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(token, cancellationToken);
        if (!outcome.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return NoStore(View(ManageView, new ManagePage(outcome.Value, done, outcome.Succeeded ? null : DisclosureText.SubscriptionNotFound)));
    }

    private IActionResult NoStore(IActionResult result)
    {
        Response.Headers.CacheControl = "no-store";
        // The token in the address must not travel on to another site in a Referer.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return result;
    }
}
