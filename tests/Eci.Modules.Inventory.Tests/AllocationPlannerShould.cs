using Eci.Modules.Inventory.Domain;
using Xunit;

namespace Eci.Modules.Inventory.Tests;

public sealed class AllocationPlannerShould
{
    // WH-A has priority 1 (first), WH-B priority 2.
    private static StockOption A(int product, int available, int id) => new(id, product, 1, "WH-A", 1, available);

    private static StockOption B(int product, int available, int id) => new(id, product, 2, "WH-B", 2, available);

    private static Dictionary<int, int> Want(params (int Product, int Quantity)[] lines) => lines.ToDictionary(l => l.Product, l => l.Quantity);

    [Fact]
    public void Take_the_whole_request_from_the_first_warehouse_that_can_serve_all_of_it()
    {
        var plan = AllocationPlanner.Plan(Want((1, 5), (2, 5)), [A(1, 10, 11), A(2, 4, 12), B(1, 5, 21), B(2, 5, 22)], null);

        Assert.True(plan.IsComplete);
        Assert.All(plan.Pieces, p => Assert.Equal(("WH-B", AllocationRules.SingleWarehouse), (p.WarehouseCode, p.Rule)));
    }

    [Fact]
    public void Prefer_the_higher_priority_warehouse_when_both_can_serve()
    {
        var plan = AllocationPlanner.Plan(Want((1, 3)), [B(1, 50, 21), A(1, 3, 11)], null);

        Assert.Equal("WH-A", Assert.Single(plan.Pieces).WarehouseCode);
    }

    [Fact]
    public void Serve_each_line_whole_from_one_warehouse_when_no_warehouse_has_everything()
    {
        var plan = AllocationPlanner.Plan(Want((1, 5), (2, 5)), [A(1, 10, 11), B(2, 5, 22)], null);

        Assert.Equal(2, plan.Pieces.Count);
        Assert.All(plan.Pieces, p => Assert.Equal(AllocationRules.LineWarehouse, p.Rule));
        Assert.Equal("WH-B", plan.Pieces.Single(p => p.ProductId == 2).WarehouseCode);
    }

    [Fact]
    public void Split_a_line_by_priority_when_no_warehouse_holds_all_of_it()
    {
        var plan = AllocationPlanner.Plan(Want((1, 8)), [B(1, 6, 21), A(1, 5, 11)], null);

        Assert.True(plan.IsComplete);
        Assert.Equal([("WH-A", 5), ("WH-B", 3)], plan.Pieces.Select(p => (p.WarehouseCode, p.Quantity)));
        Assert.All(plan.Pieces, p => Assert.Equal(AllocationRules.Split, p.Rule));
    }

    [Fact]
    public void Split_by_most_available_between_warehouses_of_equal_priority()
    {
        StockOption C(int available, int id, string code) => new(id, 1, id, code, 1, available);

        var plan = AllocationPlanner.Plan(Want((1, 9)), [C(4, 31, "WH-C"), C(7, 32, "WH-D")], null);

        Assert.Equal([("WH-D", 7), ("WH-C", 2)], plan.Pieces.Select(p => (p.WarehouseCode, p.Quantity)));
    }

    [Fact]
    public void Use_only_the_requested_warehouse()
    {
        var served = AllocationPlanner.Plan(Want((1, 4)), [A(1, 50, 11), B(1, 4, 21)], "WH-B");
        var short_ = AllocationPlanner.Plan(Want((1, 5)), [A(1, 50, 11), B(1, 4, 21)], "WH-B");

        Assert.Equal(("WH-B", AllocationRules.RequestedWarehouse), (Assert.Single(served.Pieces).WarehouseCode, served.Pieces[0].Rule));
        Assert.Equal(new Shortage(1, 5, 4), Assert.Single(short_.Shortages));
    }

    [Fact]
    public void Report_what_is_available_when_it_is_not_enough()
    {
        var plan = AllocationPlanner.Plan(Want((1, 20), (2, 1)), [A(1, 5, 11), B(1, 6, 21), A(2, 1, 12)], null);

        Assert.False(plan.IsComplete);
        Assert.Equal(new Shortage(1, 20, 11), Assert.Single(plan.Shortages));
    }
}
