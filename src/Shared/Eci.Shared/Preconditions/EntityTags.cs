using System.Security.Cryptography;

namespace Eci.Shared.Preconditions;

/// <summary>The strong, quoted entity tags the API answers in <c>ETag</c> and compares with <c>If-Match</c>.</summary>
public static class EntityTags
{
    /// <summary>The tag of a resource with a version: the same value in a read, a write's check and a write's answer.</summary>
    public static string ForVersion(int version) => $"\"{version}\"";

    /// <summary>The tag of a read-only representation: a digest of the JSON it is sent as.</summary>
    public static string ForBody(ReadOnlySpan<byte> json) => $"\"{Convert.ToHexStringLower(SHA256.HashData(json).AsSpan(0, 16))}\"";
}
