namespace Eci.Modules.Rogue.Domain;

/// <summary>Generic, partial and with nested types: still one top-level type named as the file.</summary>
internal sealed partial class Ledger<TEntry>
{
    private readonly List<TEntry> entries = [];

    internal sealed record Line(TEntry Entry);

    private enum State
    {
        Open,
    }
}
