namespace Eci.Modules.Rogue.Features.PlaceRogue;

internal sealed record PlaceRogue(int Id);

internal sealed class PlaceRogueHandler;
