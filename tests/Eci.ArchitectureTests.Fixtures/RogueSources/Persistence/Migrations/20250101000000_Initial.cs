namespace Eci.Modules.Rogue.Persistence.Migrations;

// Migrations are generated in pairs and left as the tools write them.
public partial class Initial;

public partial class InitialSnapshot;
