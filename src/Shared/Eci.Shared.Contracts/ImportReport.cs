namespace Eci.Shared.Contracts;

/// <summary>What a seed import did with each row of one source file.</summary>
public sealed record ImportReport(
    string Source,
    int Inserted,
    int Updated,
    int Unchanged,
    IReadOnlyList<ImportRejection> Rejected);

/// <summary>A row that was not imported: its line number in the source file (the header is line 1) and why.</summary>
public sealed record ImportRejection(int Row, string Reason);
