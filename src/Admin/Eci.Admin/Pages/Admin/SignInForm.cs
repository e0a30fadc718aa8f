namespace Eci.Admin.Pages.Admin;

/// <summary>What the sign-in form shows again after an attempt: the email typed, where to go next, and why it failed.</summary>
public sealed record SignInForm(string? Email, string? ReturnUrl, string? Error);
