using System.Runtime;

namespace Eci.Host;

/// <summary>
/// The runtime's multi-core JIT for the server's start: the methods an earlier start compiled (the ones ReadyToRun
/// cannot hold, generic code of the framework over ECI's types above all) are compiled again on a spare core, ahead
/// of the thread that needs them (ADR 0057). On when <c>ECI_JIT_PROFILE_DIRECTORY</c> names an existing directory; the
/// image records the profile when it is built (<c>scripts/record-jit-profile.sh</c>).
/// </summary>
public static class StartupJitProfile
{
    public const string DirectoryVariable = "ECI_JIT_PROFILE_DIRECTORY";

    public const string FileName = "server.jitprofile";

    // Read before the configuration exists: it must act before the work it speeds up, so it is an environment
    // variable only. The migrate and seed commands neither replay nor record the server's profile.
    internal static void StartIfConfigured()
    {
        if (DirectoryToUse(Environment.GetEnvironmentVariable(DirectoryVariable), Environment.ProcessorCount) is { } directory)
        {
            ProfileOptimization.SetProfileRoot(directory);
            ProfileOptimization.StartProfile(FileName);
        }
    }

    /// <summary>
    /// Where to record and replay the profile: null when no existing directory is named, or when a profile would be
    /// replayed with no processor to spare.
    /// </summary>
    public static string? DirectoryToUse(string? configured, int processorCount)
    {
        if (string.IsNullOrWhiteSpace(configured) || !Directory.Exists(configured))
        {
            return null;
        }

        // With one processor (a CPU limit of one counts) the replay competes with the start it should speed up: a
        // replayed start took 3.5 s where one without took 3.0 s. Recording a first profile there costs next to nothing.
        return processorCount < 2 && File.Exists(Path.Combine(configured, FileName)) ? null : configured;
    }
}
