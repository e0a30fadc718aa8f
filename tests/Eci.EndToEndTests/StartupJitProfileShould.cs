using Eci.Host;
using Xunit;

namespace Eci.EndToEndTests;

public sealed class StartupJitProfileShould : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("eci-jit-profile-");

    [Fact]
    public void Replay_a_recorded_profile_only_with_a_processor_to_spare()
    {
        File.WriteAllBytes(Path.Combine(_directory.FullName, StartupJitProfile.FileName), [1]);

        Assert.Equal(_directory.FullName, StartupJitProfile.DirectoryToUse(_directory.FullName, processorCount: 2));
        Assert.Null(StartupJitProfile.DirectoryToUse(_directory.FullName, processorCount: 1));
    }

    [Fact]
    public void Record_a_first_profile_whatever_the_processors()
    {
        Assert.Equal(_directory.FullName, StartupJitProfile.DirectoryToUse(_directory.FullName, processorCount: 1));
    }

    [Fact]
    public void Stay_off_without_an_existing_directory()
    {
        Assert.Null(StartupJitProfile.DirectoryToUse(null, processorCount: 2));
        Assert.Null(StartupJitProfile.DirectoryToUse(" ", processorCount: 2));
        Assert.Null(StartupJitProfile.DirectoryToUse(Path.Combine(_directory.FullName, "missing"), processorCount: 2));
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
