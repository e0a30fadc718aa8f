using Eci.Modules.Customers.Domain;
using Eci.Modules.Customers.Persistence;
using Eci.Shared.Auth;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Eci.Modules.Customers.Features.UpdateCustomer;

internal sealed class UpdateCustomerHandler(
    CustomersDbContext db, Passwords passwords, LockoutCounter lockout, SecurityStampCache stamps, TimeProvider clock)
    : ICommandHandler<UpdateCustomer, CustomerResponse>
{
    public async ValueTask<CustomerResponse> Handle(UpdateCustomer command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FindVisibleAsync(c => c.Id == command.Id, command.Caller, c => c.Id, "User", command.Id, cancellationToken);
        command.IfMatch?.Ensure(customer.Version);

        var now = clock.GetUtcNow().UtcDateTime;
        var stamp = customer.SecurityStamp;
        if (command.Email is not null || command.NewPassword is not null)
        {
            await CheckCredentialChangeAsync(command, customer, now, cancellationToken);
        }

        if (command.Email is { } email && Domain.Customer.KeyOf(email) != customer.EmailKey)
        {
            await EmailGuard.EnsureFreeAsync(db, email, customer.Id, cancellationToken);
            customer.ChangeEmail(email, now);
        }

        if (command.NewPassword is { } password)
        {
            customer.SetPasswordHash(passwords.Hash(customer, password), now);
        }

        if (command.FullName is not null || command.Phone is not null)
        {
            customer.ChangeProfile(command.FullName ?? customer.FullName, command.Phone ?? customer.Phone, now);
        }

        if (command.Addresses is { } addresses)
        {
            customer.ReplaceAddresses(addresses.Select(a => a.ToAddress()), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (customer.SecurityStamp != stamp)
        {
            stamps.Evict(customer.Id);
        }

        return CustomerResponse.From(customer);
    }

    // A locked account answers as login does, without its password being checked, so a signed-in caller cannot keep
    // guessing the current password here once the lockout has started.
    private async Task CheckCredentialChangeAsync(UpdateCustomer command, Domain.Customer customer, DateTime now, CancellationToken cancellationToken)
    {
        if (customer.IsLockedOut(now))
        {
            throw Passwords.InvalidCredentials();
        }

        // With a new email in the request the validator has compared the password with that one.
        if (command.NewPassword is { } password && command.Email is null && PasswordRules.IsEmail(password, customer.Email))
        {
            throw new ValidationException([new ValidationFailure("new_password", "'new_password' must not be the email address.")]);
        }

        if (passwords.Verify(customer, command.CurrentPassword ?? string.Empty) == PasswordVerificationResult.Failed)
        {
            await lockout.RecordFailureAsync(customer.Id, cancellationToken);
            throw new ValidationException([new ValidationFailure("current_password", "The current password is wrong.")]);
        }
    }
}
