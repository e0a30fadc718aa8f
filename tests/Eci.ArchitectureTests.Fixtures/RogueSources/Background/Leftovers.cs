namespace Eci.Modules.Rogue.Background;

// Everything that was here moved elsewhere; the file stayed.
