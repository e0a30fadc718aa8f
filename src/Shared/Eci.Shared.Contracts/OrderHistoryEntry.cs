namespace Eci.Shared.Contracts;

/// <summary>
/// One thing that happened to an order, told by the module that did it: when, what (a dotted type such as
/// <c>payment.failed</c>), a short sentence for a person, and the details, keyed in snake_case.
/// </summary>
public sealed record OrderHistoryEntry(DateTime At, string Module, string Type, string Summary, IReadOnlyDictionary<string, object?> Data);
