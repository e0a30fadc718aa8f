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
        var instructions = Dockerfile.Instructions().ToList();
        var runtimeStage = instructions.Skip(instructions.FindLastIndex(i => i.Keyword == "FROM"));
        var variables = runtimeStage.Where(i => i.Keyword == "ENV")
            .SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();

        Assert.Contains("MALLOC_ARENA_MAX=2", variables);
    }

    [Fact]
    public void Start_the_host_so_that_arguments_select_its_command()
    {
        var entrypoint = Dockerfile.Instructions().Last(i => i.Keyword == "ENTRYPOINT").Arguments;

        Assert.Equal("[\"dotnet\", \"Eci.Host.dll\"]", entrypoint);
        Assert.Contains(Dockerfile.Instructions(), i => i.Keyword == "EXPOSE" && i.Arguments == "8080");
    }
}
