using Eci.Shared.Errors;

namespace Eci.Modules.Orders.Domain;

/// <summary>A return or its receipt that the order's state does not allow: a 422 with one of the ReturnErrorCodes.</summary>
internal sealed class ReturnRefusedException(string code, string detail) : ProblemException(code, "Return refused", detail)
{
    public override int StatusCode => 422;
}
