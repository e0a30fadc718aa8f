namespace Eci.Modules.Rogue.Features.PlaceRogue;

internal static class RogueRoutes
{
    public static void Map()
    {
    }
}
