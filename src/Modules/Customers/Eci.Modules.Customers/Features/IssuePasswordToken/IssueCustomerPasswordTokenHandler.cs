using Eci.Modules.Customers.Contracts;
using Mediator;

namespace Eci.Modules.Customers.Features.IssuePasswordToken;

internal sealed class IssueCustomerPasswordTokenHandler(ISender sender) : ICommandHandler<IssueCustomerPasswordToken, IssuedPasswordToken>
{
    public async ValueTask<IssuedPasswordToken> Handle(IssueCustomerPasswordToken command, CancellationToken cancellationToken)
    {
        var issued = await sender.Send(new IssuePasswordToken(command.CustomerId), cancellationToken);
        return new IssuedPasswordToken(issued.CustomerId, issued.Token, issued.ExpiresAt);
    }
}
