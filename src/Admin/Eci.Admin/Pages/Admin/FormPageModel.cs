using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eci.Admin.Pages.Admin;

/// <summary>A console page with a form: what a field's validation said, for the message shown next to it.</summary>
public abstract class FormPageModel : PageModel
{
    public string? FieldError(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}
