using System.Buffers.Binary;
using System.Buffers.Text;

namespace Eci.Modules.Notifications.Features.ListEvents;

/// <summary>The opaque cursor of the feed: a position, so the caller cannot build one from what it sees.</summary>
internal static class FeedCursor
{
    private const byte Version = 1;

    public static string Encode(long position)
    {
        Span<byte> bytes = stackalloc byte[9];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..], position);
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryDecode(string cursor, out long position)
    {
        position = 0;
        Span<byte> bytes = stackalloc byte[12];
        if (cursor.Length != 12 || !Base64Url.TryDecodeFromChars(cursor, bytes, out var written) || written != 9 || bytes[0] != Version)
        {
            return false;
        }

        position = BinaryPrimitives.ReadInt64BigEndian(bytes[1..9]);
        return position >= 0;
    }
}
