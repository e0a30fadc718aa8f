using Xunit;

namespace Eci.DeploymentTests;

public sealed class PromQlShould
{
    [Fact]
    public void Find_the_metrics_but_not_functions_labels_or_keywords()
    {
        var names = PromQl.MetricNames(
            "histogram_quantile(0.95, sum by (le) (rate(checkout_duration_seconds_bucket{job=\"eci\"}[$__rate_interval]))) > 2 "
            + "and on (instance) up == 1 unless sum without (pod) (payments_failed_total) > 1e3");

        Assert.Equal(["checkout_duration_seconds_bucket", "payments_failed_total", "up"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_a_misspelt_metric()
    {
        var names = PromQl.MetricNames("sum(rate(order_placed_total[5m]))");

        Assert.Equal(["order_placed_total"], names);
    }
}
