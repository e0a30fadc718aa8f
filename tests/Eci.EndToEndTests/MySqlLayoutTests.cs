using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>Hostile and malformed input in the seed's layout (Orders and Shipping on MySQL): problems, never a 500.</summary>
public sealed class MySqlApiFuzzTests(MySqlHost host) : ApiFuzzTests(host), IClassFixture<MySqlHost>;
