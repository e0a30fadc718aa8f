using Eci.Shared.Background;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Eci.Shared.Tests;

public sealed class PeriodicWorkerShould
{
    [Fact]
    public async Task Report_a_failed_pass_and_run_the_next_one()
    {
        var worker = new ScriptedWorker((pass, _) => pass == 1 ? throw new InvalidOperationException("first pass") : Task.CompletedTask);

        await StartAsync(worker);
        await worker.SecondPass.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await worker.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal("first pass", Assert.Single(worker.Failures).Message);
        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Stop_quietly_when_stopping_cuts_a_pass_short_whatever_it_throws()
    {
        var stopping = new TaskCompletionSource();
        var worker = new ScriptedWorker(async (_, cancellationToken) =>
        {
            stopping.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        });
        worker.Wrap = cancelled => new IOException("the driver's own error for a cancelled read", cancelled);

        await StartAsync(worker);
        await stopping.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await worker.StopAsync(TestContext.Current.CancellationToken);

        Assert.Empty(worker.Failures);
        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully, worker.ExecuteTask.Exception?.ToString());
    }

    [Fact]
    public async Task Run_its_first_pass_only_once_the_host_has_started_every_service()
    {
        var worker = new ScriptedWorker((_, _) => Task.CompletedTask);
        var ranWhileStarting = true;
        using var host = new HostBuilder()
            .ConfigureServices(services => services
                .AddHostedService(_ => worker)
                // Starts after the worker, as the HTTP server does, and gives the worker time to run if it would.
                .AddHostedService(_ => new StartProbe(async () =>
                    ranWhileStarting = await Task.WhenAny(worker.FirstPass.Task, Task.Delay(500)) == worker.FirstPass.Task)))
            .Build();

        await host.StartAsync(TestContext.Current.CancellationToken);
        await worker.SecondPass.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.False(ranWhileStarting);
    }

    [Fact]
    public async Task Make_its_first_pass_only_once_its_gate_opens()
    {
        var gate = new FirstPassGate(TimeSpan.FromMinutes(10));
        var worker = new ScriptedWorker((_, _) => Task.CompletedTask, gate);

        await StartAsync(worker);
        var ranBeforeTheGateOpened = await Task.WhenAny(worker.FirstPass.Task, Task.Delay(300, TestContext.Current.CancellationToken)) == worker.FirstPass.Task;
        gate.Open();
        await worker.SecondPass.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await worker.StopAsync(TestContext.Current.CancellationToken);

        Assert.False(ranBeforeTheGateOpened);
    }

    [Fact]
    public async Task Make_its_first_pass_when_the_gates_hold_runs_out_without_an_answer()
    {
        var gate = new FirstPassGate(TimeSpan.FromMilliseconds(200));
        var worker = new ScriptedWorker((_, _) => Task.CompletedTask, gate);

        await StartAsync(worker);
        await worker.FirstPass.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await worker.StopAsync(TestContext.Current.CancellationToken);

        Assert.True(gate.IsOpen);
    }

    // What the host does: every service's StartAsync, then every service's StartedAsync.
    private static async Task StartAsync(ScriptedWorker worker)
    {
        await worker.StartAsync(TestContext.Current.CancellationToken);
        await worker.StartedAsync(TestContext.Current.CancellationToken);
    }

    private sealed class StartProbe(Func<Task> onStart) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => onStart();

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class ScriptedWorker(Func<int, CancellationToken, Task> pass, FirstPassGate? gate = null) : PeriodicWorker(gate)
    {
        private int _passes;

        public List<Exception> Failures { get; } = [];

        public TaskCompletionSource FirstPass { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource SecondPass { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Turns the cancellation a pass sees into the exception it throws, as a database driver may.</summary>
        public Func<OperationCanceledException, Exception>? Wrap { get; set; }

        protected override TimeProvider Clock => TimeProvider.System;

        protected override TimeSpan Interval => TimeSpan.FromMilliseconds(10);

        protected override async Task RunOnceAsync(CancellationToken cancellationToken)
        {
            var number = Interlocked.Increment(ref _passes);
            FirstPass.TrySetResult();
            if (number == 2)
            {
                SecondPass.TrySetResult();
            }

            try
            {
                await pass(number, cancellationToken);
            }
            catch (OperationCanceledException cancelled) when (Wrap is not null)
            {
                throw Wrap(cancelled);
            }
        }

        protected override void OnFailure(Exception exception) => Failures.Add(exception);
    }
}
