using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Brink.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Brink.Web.Tests.Load;

/// <summary>
/// A bounded load test against the workbench on 127.0.0.1 (Kestrel, not the in-process server): 200 requests,
/// 16 at a time, every one must succeed. The latencies go to the test output and to load-results.txt beside the
/// test binaries; docs/performance.md records a run. Latency is reported, not asserted: this machine is shared.
/// </summary>
[Trait("Category", "Slow")]
[Collection(LoadCollection.Name)]
public class LoadTests
{
    private const int Requests = 200;
    private const int Concurrency = 16;

    [Fact]
    public async Task WhatIf_200Requests16Concurrent_AllSucceed()
    {
        double[] values = [0.1, 0.3, 0.5, 0.7, 0.9];
        await RunAsync("whatif", i => Post("/api/whatif", ReflectionJson.Serialize(new
        {
            situation = TestWorkbench.DemoText,
            overrides = new Dictionary<string, double> { ["state.sanctions"] = values[i % values.Length] },
        }), "application/json"));
    }

    [Fact]
    public async Task WhatIf_SliderRoundTrips_AllSucceed()
    {
        // One analyst dragging a slider: one request at a time, each with a new value, as the page sends them.
        await RunAsync("whatif, one at a time", i => Post("/api/whatif", ReflectionJson.Serialize(new
        {
            situation = TestWorkbench.DemoText,
            overrides = new Dictionary<string, double> { ["state.sanctions"] = (i % 100) / 100.0 },
        }), "application/json"), concurrency: 1);
    }

    [Fact]
    public async Task Predict_200Requests16Concurrent_AllSucceed() =>
        await RunAsync("predict", _ => Post("/api/predict?draws=0", TestWorkbench.DemoText, "application/yaml"));

    [Fact]
    public async Task PredictWithIntervals_200Requests16Concurrent_AllSucceed() =>
        await RunAsync("predict (200 draws)", _ => Post("/api/predict", TestWorkbench.DemoText, "application/yaml"));

    private static HttpRequestMessage Post(string path, string body, string type)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }

    private static async Task RunAsync(string name, Func<int, HttpRequestMessage> request, int concurrency = Concurrency)
    {
        string workspace = Path.Combine(Path.GetTempPath(), "brink-web-tests", Guid.NewGuid().ToString("N"));
        await using var app = WorkbenchHost.Build(TestWorkbench.Options(workspace) with { Port = 0 });
        await app.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            string url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            using (var warm = request(0))
            {
                (await client.SendAsync(warm, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
            }

            var latencies = new double[Requests];
            int errors = 0;
            var total = Stopwatch.StartNew();
            await Parallel.ForAsync(0, Requests, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = TestContext.Current.CancellationToken }, async (i, cancel) =>
            {
                var clock = Stopwatch.StartNew();
                using var message = request(i);
                using var response = await client.SendAsync(message, cancel);
                await response.Content.ReadAsStringAsync(cancel);
                latencies[i] = clock.Elapsed.TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            });
            total.Stop();
            Array.Sort(latencies);
            string line = string.Create(CultureInfo.InvariantCulture,
                $"{name}: {Requests} requests, {concurrency} concurrent, {Environment.ProcessorCount} cores: p50 {Percentile(latencies, 0.50):F0} ms, p95 {Percentile(latencies, 0.95):F0} ms, max {latencies[^1]:F0} ms, {Requests / total.Elapsed.TotalSeconds:F1} requests/s, {errors} errors");
            TestContext.Current.SendDiagnosticMessage(line);
            File.AppendAllText(Path.Combine(AppContext.BaseDirectory, "load-results.txt"), line + Environment.NewLine);
            Assert.Equal(0, errors);
        }
        finally
        {
            if (Directory.Exists(workspace))
            {
                Directory.Delete(workspace, recursive: true);
            }
        }
    }

    // Nearest-rank percentile of sorted values.
    private static double Percentile(double[] sorted, double q) => sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
