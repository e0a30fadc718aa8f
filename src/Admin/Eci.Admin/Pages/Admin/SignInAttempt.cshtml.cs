using Eci.Admin.Auth;
using Eci.Modules.Customers.Contracts;
using Eci.Shared.Auth;
using Eci.Shared.Errors;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Eci.Admin.Pages.Admin;

/// <summary>Checks credentials with Customers, under the same per-address limit and lockout as the API's sign-in.</summary>
[EnableRateLimiting(Policies.AuthRateLimit)]
public sealed class SignInAttemptModel(ISender sender) : PageModel
{
    public const string WrongCredentials = "The email or password is wrong, or the account cannot sign in right now.";
    public const string NotAnOperator = "This account may not use the console: it is not an operator (admin) account.";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() => Redirect("/admin/sign-in");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        VerifiedAccount account;
        try
        {
            account = await sender.Send(new VerifyCredentials(Email ?? string.Empty, Password ?? string.Empty), cancellationToken);
        }
        catch (Exception e) when (e is UnauthorizedException or ValidationException)
        {
            return Refuse(StatusCodes.Status401Unauthorized, WrongCredentials);
        }

        if (account.Role != Roles.Admin)
        {
            return Refuse(StatusCodes.Status403Forbidden, NotAnOperator);
        }

        await HttpContext.SignInAsync(AdminSession.Scheme, AdminSession.Principal(account));
        return LocalRedirect(ReturnUrl is { } next && Url.IsLocalUrl(next) && next.StartsWith(AdminConsole.PathPrefix, StringComparison.Ordinal) ? next : AdminConsole.PathPrefix);
    }

    private PageResult Refuse(int status, string error)
    {
        Error = error;
        Response.StatusCode = status;
        return Page();
    }
}
