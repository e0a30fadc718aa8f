namespace Eci.DeploymentTests;

internal static class ImageReference
{
    /// <summary>The tag of an image reference, or null without one (a registry port is not a tag).</summary>
    public static string? Tag(string image)
    {
        var name = image.Split('@')[0];
        var lastPart = name[(name.LastIndexOf('/') + 1)..];
        var colon = lastPart.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null : lastPart[(colon + 1)..];
    }

    public static bool IsPinned(string image) => Tag(image) is { Length: > 0 } tag && tag != "latest" && !tag.Contains('$', StringComparison.Ordinal);
}
