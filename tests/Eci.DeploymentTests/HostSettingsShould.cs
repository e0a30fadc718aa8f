using Xunit;

namespace Eci.DeploymentTests;

public sealed class HostSettingsShould
{
    [Theory]
    [InlineData("Database__Provider")]
    [InlineData("ConnectionStrings__Postgres")]
    [InlineData("ConnectionStrings__Inventory")]
    [InlineData("Modules__Notifications__Smtp__Host")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT")]
    public void Know_a_variable_the_host_reads(string variable) => Assert.True(HostSettings.IsRead(variable));

    [Theory]
    [InlineData("Databse__Provider")]
    [InlineData("Database_Provider")]
    [InlineData("ConnectionStrings__Postgress")]
    [InlineData("Auth__Key")]
    [InlineData("Modules__")]
    [InlineData("POSTGRES_PASSWORD")]
    public void Refuse_a_variable_the_host_never_reads(string variable) => Assert.False(HostSettings.IsRead(variable));
}
