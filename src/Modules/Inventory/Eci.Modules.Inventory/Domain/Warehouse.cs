namespace Eci.Modules.Inventory.Domain;

/// <summary>A place stock is kept. Lower priority numbers are allocated from first.</summary>
internal sealed class Warehouse
{
    public const int CodeMaxLength = 16;
    public const int NameMaxLength = 100;

    private Warehouse()
    {
    }

    public int Id { get; private set; }

    // Upper case, unique, e.g. WH001.
    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public int Priority { get; private set; }

    public bool IsActive { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    public static Warehouse Create(string code, string name, int priority, DateTime now)
    {
        var warehouse = new Warehouse { Code = Normalize(code), CreatedAt = now, IsActive = true };
        warehouse.Change(name, priority, true, now);
        return warehouse;
    }

    public void Change(string name, int priority, bool isActive, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Priority = priority;
        IsActive = isActive;
        UpdatedAt = now;
        Version++;
    }
}
