namespace Eci.Shared.Preconditions;

/// <summary>A representation whose entity carries a version that every write bumps; its ETag is derived from it.</summary>
public interface IVersionedResource
{
    int Version { get; }
}
