using Microsoft.EntityFrameworkCore;

namespace Eci.Shared.Idempotency;

/// <summary>
/// One idempotency key of one module, kept in that module's database so its outcome is written in the same
/// transaction as the effect it guards.
/// </summary>
public sealed class IdempotencyRecord
{
    public const string InFlight = "in_flight";
    public const string Completed = "completed";

    /// <summary>The caller's scope and the client's key, e.g. <c>customer:42:checkout-7</c>.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>SHA-256 of the operation and its request: the same key with another request is refused.</summary>
    public string RequestHash { get; set; } = string.Empty;

    /// <summary>The operation the key was used for (e.g. <c>PlaceOrder</c>); null for keys stored before it was kept.</summary>
    public string? Operation { get; set; }

    public string Status { get; set; } = InFlight;

    /// <summary>Null for a success; the problem's status for a stored failure.</summary>
    public int? ProblemStatus { get; set; }

    public string? ResponseBody { get; set; }

    /// <summary>Where the resource the answer created lives (the answer's Location), when it created one.</summary>
    public string? Location { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Until when an in-flight key is held by the request that claimed it; after that a retry may take it over.</summary>
    public DateTime LockedUntil { get; set; }

    public DateTime ExpiresAt { get; set; }
}

public static class IdempotencyModel
{
    /// <summary>Maps the idempotency keys table into a module's DbContext.</summary>
    public static ModelBuilder AddIdempotencyKeys(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdempotencyRecord>(key =>
        {
            key.ToTable("idempotency_keys");
            key.HasKey(k => k.Key);
            key.Property(k => k.Key).HasMaxLength(300);
            key.Property(k => k.RequestHash).HasMaxLength(64).IsRequired();
            key.Property(k => k.Operation).HasMaxLength(100);
            key.Property(k => k.Status).HasMaxLength(16).IsRequired();
            key.Property(k => k.Location).HasMaxLength(300);
            key.HasIndex(k => k.ExpiresAt);
            key.HasIndex(k => k.Location);
        });
        return modelBuilder;
    }
}
