using System.Net;
using System.Text.Json;

namespace Brink.Web.Tests.Infrastructure;

/// <summary>Starts jobs and waits for them, as the page does: 202 with the job, then polls until it is final.</summary>
internal static class JobPolling
{
    public static async Task<JsonElement> StartAsync(HttpClient client, string path, HttpContent? content)
    {
        var response = await client.PostAsync(path, content, TestContext.Current.CancellationToken);
        var job = await JsonAssert.ReadAsync(response, HttpStatusCode.Accepted);
        Assert.Equal($"/api/jobs/{job.GetProperty("id").GetString()}", response.Headers.Location!.OriginalString);
        return job;
    }

    /// <summary>Polls until the job is not running (a generous bound: CI shares two cores among every test assembly).</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient client, JsonElement job)
    {
        string id = job.GetProperty("id").GetString()!;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var view = await JsonAssert.ReadAsync(await client.GetAsync($"/api/jobs/{id}", TestContext.Current.CancellationToken), HttpStatusCode.OK);
            if (view.GetProperty("state").GetString() != "running")
            {
                return view;
            }

            Assert.True(DateTime.UtcNow < deadline, $"job {id} still running after 3 minutes");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public static async Task<JsonElement> RunAsync(HttpClient client, string path, HttpContent? content)
    {
        var view = await WaitAsync(client, await StartAsync(client, path, content));
        Assert.True(view.GetProperty("state").GetString() == "done", $"job ended {view}");
        return view;
    }
}
