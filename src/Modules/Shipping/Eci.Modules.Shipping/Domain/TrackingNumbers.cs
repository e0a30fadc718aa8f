using System.Security.Cryptography;

namespace Eci.Modules.Shipping.Domain;

/// <summary>Tracking numbers like <c>ECI-7K3M9QX2PD4T</c>: 60 random bits in an alphabet without look-alike characters.</summary>
internal static class TrackingNumbers
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => "ECI-" + RandomNumberGenerator.GetString(Alphabet, 12);
}
