using Eci.Admin.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eci.Admin.Pages.Admin;

public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect(AdminConsole.PathPrefix);

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(AdminSession.Scheme);
        return Redirect(AdminConsole.PathPrefix + "/sign-in");
    }
}
