namespace Eci.Admin.Pages.Admin.Orders;

/// <summary>A problem the modules answered, shown as the API would word it.</summary>
public sealed record ProblemNote(string Title, string Detail);
