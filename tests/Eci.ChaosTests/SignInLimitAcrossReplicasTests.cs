using System.Net;
using Eci.Testing;
using Xunit;

namespace Eci.ChaosTests;

/// <summary>The sign-in limit (10 per window per client) holds for the deployment, not per replica (ADR 0040).</summary>
public sealed class SignInLimitAcrossReplicasTests
{
    private const int Permits = 10;

    // Longer than the replicas' own limits (migrate 90 s, ready 60 s), so a slow start fails with the host's output.
    [Fact(Timeout = 240_000)]
    public async Task Ten_sign_ins_per_window_are_admitted_across_two_replicas_together()
    {
        var server = TestDatabase.PostgresServer;
        Assert.SkipWhen(server is null, TestDatabase.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        var window = WindowWithRoomLeft(DateTime.UtcNow, TimeSpan.FromMinutes(10));
        await using var replicas = await Replicas.StartAsync(server!, 2, new Dictionary<string, string>
        {
            ["RateLimits__Auth__PermitLimit"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits__Auth__WindowSeconds"] = ((int)window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, ct);
        using var first = replicas.Client(0, token: null);
        using var second = replicas.Client(1, token: null);

        var answers = new List<(int Replica, HttpStatusCode Status, bool RetryAfter)>();
        for (var i = 0; i < 2 * Permits; i++)
        {
            var replica = i % 2;
            using var response = await (replica == 0 ? first : second).PostJsonAsync("/v1/users/login",
                new { email = $"nobody{i}@example.com", password = "not-the-password" });
            answers.Add((replica, response.StatusCode, response.Headers.RetryAfter is not null));
        }

        var admitted = answers.Where(a => a.Status == HttpStatusCode.Unauthorized).ToList();
        var refused = answers.Where(a => a.Status == HttpStatusCode.TooManyRequests).ToList();
        Assert.True(admitted.Count == Permits && refused.Count == Permits, string.Join(", ", answers.Select(a => $"{a.Replica}:{(int)a.Status}")));
        Assert.Equal(Permits / 2, admitted.Count(a => a.Replica == 0));
        Assert.Equal(Permits / 2, admitted.Count(a => a.Replica == 1));
        Assert.All(refused, a => Assert.True(a.RetryAfter, "a 429 without Retry-After"));
    }

    // Windows start at multiples of their length since the epoch, so the attempts could straddle two of them near a
    // boundary. Rather than wait for the next one (inside the test's time limit), take the first length of an hour or
    // more whose current window still has the room left; lengths a second apart fall at unrelated phases.
    private static TimeSpan WindowWithRoomLeft(DateTime now, TimeSpan room)
    {
        var window = TimeSpan.FromHours(1);
        while (window - TimeSpan.FromTicks(now.Ticks % window.Ticks) < room)
        {
            window += TimeSpan.FromSeconds(1);
        }

        return window;
    }
}
