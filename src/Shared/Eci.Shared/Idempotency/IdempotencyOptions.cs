namespace Eci.Shared.Idempotency;

/// <summary>Settings under <c>Idempotency</c>, shared by every module's key store.</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>
    /// How long a claimed key stays in flight before another request may take it over. It must outlast one run of an
    /// effect; it is also how long a retry is refused (409) after the process that claimed the key died.
    /// </summary>
    public int LeaseSeconds { get; set; } = 60;
}
