using Mediator;

namespace Eci.Modules.Customers.Features.SetPassword;

/// <summary>Sets a password with a token from IssuePasswordToken; the token works once.</summary>
internal sealed record SetPassword(string? Email, string? Token, string? Password) : ICommand;
