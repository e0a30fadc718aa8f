using Xunit;

namespace Eci.DeploymentTests;

public sealed class DockerfileShould
{
    [Fact]
    public void Build_from_images_pinned_to_a_tag()
    {
        var images = Dockerfile.Instructions().Where(i => i.Keyword == "FROM").Select(i => i.Arguments.Split(' ')[0]).ToList();

        Assert.Equal(2, images.Count);
        Assert.All(images, image => Assert.True(ImageReference.IsPinned(image), $"{image} is not pinned to a tag"));
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", images[0], StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", images[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_as_a_non_root_user()
    {
        var user = Dockerfile.Instructions().LastOrDefault(i => i.Keyword == "USER").Arguments;

        Assert.False(string.IsNullOrEmpty(user), "no USER instruction");
        Assert.DoesNotContain(user.Split(':')[0], new[] { "root", "0" });
        Assert.Equal("1654", user);
    }

    [Fact]
    public void Check_liveness_on_the_container_port()
    {
        var healthcheck = Dockerfile.Instructions().SingleOrDefault(i => i.Keyword == "HEALTHCHECK").Arguments;

        Assert.NotNull(healthcheck);
        Assert.DoesNotContain("NONE", healthcheck, StringComparison.Ordinal);
        Assert.Contains("/health/live", healthcheck, StringComparison.Ordinal);
        Assert.Contains("/8080", healthcheck, StringComparison.Ordinal);
        // Neither is in the aspnet runtime image.
        Assert.DoesNotContain("curl", healthcheck, StringComparison.Ordinal);
        Assert.DoesNotContain("wget", healthcheck, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_from_every_project_file_before_copying_the_sources()
    {
        var instructions = Dockerfile.Instructions().ToList();
        var restore = instructions.FindIndex(i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal));
        var sources = instructions.FindIndex(i => i.Keyword == "COPY" && i.Arguments.StartsWith("src/ ", StringComparison.Ordinal));
        var copiedBeforeRestore = instructions.Take(restore).Where(i => i.Keyword == "COPY").Select(i => i.Arguments.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        var projects = Directory.GetFiles(Repository.PathOf("src"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Repository.Root, p).Replace('\\', '/'))
            .ToList();

        Assert.True(restore > 0, "no dotnet restore");
        Assert.True(sources > restore, "the sources are copied before the restore");
        Assert.NotEmpty(projects);
        Assert.All(projects, project => Assert.True(copiedBeforeRestore.Contains(project), $"{project} is not copied before the restore"));
    }

    [Fact]
    public void Run_the_host_with_two_native_allocator_arenas()
    {
        Assert.Contains("MALLOC_ARENA_MAX=2", RuntimeVariables());
    }

    [Fact]
    public void Give_gen0_the_same_budget_whatever_cache_the_cpu_reports()
    {
        // 16 MiB, in hexadecimal as the runtime reads it: the floor here, the cap in the runtime configuration.
        Assert.Contains("DOTNET_GCgen0size=0x1000000", RuntimeVariables());
    }

    [Fact]
    public void Replay_the_start_up_jit_profile_that_its_build_recorded()
    {
        var instructions = Dockerfile.Instructions().ToList();
        var buildStage = instructions.Take(instructions.FindLastIndex(i => i.Keyword == "FROM"));
        var record = buildStage.Where(i => i.Keyword == "RUN").Select(i => i.Arguments)
            .SingleOrDefault(run => run.StartsWith("bash scripts/record-jit-profile.sh ", StringComparison.Ordinal));

        Assert.NotNull(record);
        // The build stage publishes to /app/publish, which the runtime stage copies to /app.
        Assert.Equal("bash scripts/record-jit-profile.sh /app/publish /app/publish/jit-profile", record);
        var variables = RuntimeVariables();
        Assert.Contains("ECI_JIT_PROFILE_DIRECTORY=/app/jit-profile", variables);
        // Replayed, never rewritten by a replica's shutdown.
        Assert.Contains("DOTNET_MultiCoreJitNoProfileGather=1", variables);
        Assert.True(File.Exists(Repository.PathOf("scripts/record-jit-profile.sh")), "the recording script is missing");
        Assert.Contains("!scripts/record-jit-profile.sh", Repository.Read(".dockerignore").Split('\n').Select(l => l.Trim()));
    }

    private static List<string> RuntimeVariables()
    {
        var instructions = Dockerfile.Instructions().ToList();
        return instructions.Skip(instructions.FindLastIndex(i => i.Keyword == "FROM"))
            .Where(i => i.Keyword == "ENV")
            .SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
    }

    [Fact]
    public void Start_the_host_so_that_arguments_select_its_command()
    {
        var entrypoint = Dockerfile.Instructions().Last(i => i.Keyword == "ENTRYPOINT").Arguments;

        Assert.Equal("[\"dotnet\", \"Eci.Host.dll\"]", entrypoint);
        Assert.Contains(Dockerfile.Instructions(), i => i.Keyword == "EXPOSE" && i.Arguments == "8080");
    }
}
