using Xunit;

namespace Eci.DeploymentTests;

public sealed class ImageReferenceShould
{
    [Theory]
    [InlineData("postgres:16.6-bookworm")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0-noble")]
    [InlineData("localhost:5000/eci/eci-host:1.0.0")]
    public void Accept_an_image_pinned_to_a_tag(string image) => Assert.True(ImageReference.IsPinned(image));

    [Theory]
    [InlineData("postgres")]
    [InlineData("postgres:latest")]
    [InlineData("localhost:5000/eci/eci-host")]
    public void Refuse_an_image_without_a_fixed_tag(string image) => Assert.False(ImageReference.IsPinned(image));
}
