namespace Eci.Shared.Idempotency;

/// <summary>What support needs to tell a client whether its retry was a replay: the key's operation and its outcome.</summary>
public sealed record IdempotencyKeyResponse(
    string Key,
    string Owner,
    string Module,
    string? Operation,
    string RequestFingerprint,
    string State,
    DateTime FirstSeenAt,
    DateTime ExpiresAt,
    int? ResponseStatus,
    string? Location)
{
    public static IdempotencyKeyResponse From(string key, string owner, string module, IdempotencyRecord record) => new(
        key,
        owner,
        module,
        record.Operation,
        record.RequestHash,
        record.Status,
        record.CreatedAt,
        record.ExpiresAt,
        StatusOf(record),
        record.Location);

    // A success that created a resource answered 201 with its location; any other success 200; a failure its problem's.
    private static int? StatusOf(IdempotencyRecord record) => record.Status != IdempotencyRecord.Completed
        ? null
        : record.ProblemStatus ?? (record.Location is null ? 200 : 201);
}
