using Eci.Testing;
using Xunit;

namespace Eci.Modules.Shipping.Tests;

/// <summary>The shipment API with Orders and Shipping on MySQL, every other module on PostgreSQL.</summary>
public sealed class MySqlShipmentApiTests(MySqlHost host) : ShipmentApiTests(host), IClassFixture<MySqlHost>;
