using Eci.Host;

return await EciCommandLine.RunAsync(args, Console.Error);

/// <summary>Visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
