namespace Eci.Shared.Persistence;

/// <summary>
/// One module's DbContext type, registered with the context, so that code serving every module (the outbox relay
/// forgetting what a failed subscriber left unsaved) can find each module's context in a scope.
/// </summary>
public sealed record ModuleContext(Type Type);
