namespace Eci.Modules.Payments.Domain;

internal static class PaymentMethods
{
    public static readonly IReadOnlyList<string> All = ["card", "credit_card", "debit_card", "upi", "wallet", "netbanking", "cod"];

    public static string Normalize(string method) => method.Trim().ToLowerInvariant();
}
