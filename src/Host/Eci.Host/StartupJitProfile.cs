using System.Runtime;

namespace Eci.Host;

/// <summary>
/// The runtime's multi-core JIT for the server's start: the methods an earlier start compiled (the ones ReadyToRun
/// cannot hold, generic code of the framework over ECI's types above all) are compiled again on a spare core, ahead
/// of the thread that needs them (ADR 0057). On when <c>ECI_JIT_PROFILE_DIRECTORY</c> names an existing directory; the
/// image records the profile when it is built (<c>scripts/record-jit-profile.sh</c>).
/// </summary>
internal static class StartupJitProfile
{
    public const string DirectoryVariable = "ECI_JIT_PROFILE_DIRECTORY";

    public const string FileName = "server.jitprofile";

    // Read before the configuration exists: it must act before the work it speeds up, so it is an environment
    // variable only. The migrate and seed commands neither replay nor record the server's profile.
    public static void StartIfConfigured()
    {
        var directory = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (string.IsNullOrWhiteSpace(directory) || !Directory.Exists(directory))
        {
            return;
        }

        ProfileOptimization.SetProfileRoot(directory);
        ProfileOptimization.StartProfile(FileName);
    }
}
