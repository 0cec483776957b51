using System.Reflection;
using System.Text.Json;
using Dopamine.Content.Snapshots;
using Dopamine.Web.Hosting;
using Dopamine.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Dopamine.Web.Tests;

/// <summary>A request reads one snapshot from start to end, whatever reloads happen meanwhile.</summary>
public sealed class OneSnapshotPerRequestTests
{
    private const string ReloadHeader = "X-Test-Reload-Mid-Request";

    [Theory]
    [InlineData("/topics/beta")]
    [InlineData("/tags/basics")]
    [InlineData("/api/search?q=beta")]
    public async Task AReloadDuringARequestLeavesItOnTheVersionItStarted(string url)
    {
        using var site = new TempSite(TestContent.TwoTopics(), watch: false, services: s => s.AddTransient<IStartupFilter, ReloadMidRequest>());
        site.Write("topics/beta.md", TestContent.Page("Beta rewritten", "Beta has new words."));
        site.Write("questions/gamma.md", TestContent.Page("Gamma question", "Gamma joins the basics."));

        using var midRequest = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { ReloadHeader, "1" } } };
        var during = await site.Client.SendAsync(midRequest);
        var after = await site.Client.GetAsync(url);

        var (before, now) = (await during.Content.ReadAsStringAsync(), await after.Content.ReadAsStringAsync());
        Assert.Contains("Beta answer", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Beta rewritten", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Gamma question", before, StringComparison.Ordinal);
        Assert.Contains("Beta rewritten", now, StringComparison.Ordinal);
        // The tag follows the body's version, not the version current when the headers went out.
        Assert.NotEqual(during.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task OneScopeKeepsOneSnapshotAcrossAReload()
    {
        using var site = new TempSite(TestContent.TwoTopics(), watch: false);
        using var scope = site.Services.CreateScope();
        var first = scope.ServiceProvider.GetRequiredService<Snapshot>();

        site.Write("topics/beta.md", TestContent.Page("Beta rewritten", "Beta has new words."));
        await site.Store.ReloadAsync();

        Assert.Same(first, scope.ServiceProvider.GetRequiredService<Snapshot>());
        Assert.NotSame(first, site.Store.Current);
        Assert.Equal("Beta answer", first.Content.BySlug["beta"].Title);
        using var next = site.Services.CreateScope();
        Assert.Same(site.Store.Current, next.ServiceProvider.GetRequiredService<Snapshot>());
        Assert.Contains("beta", JsonDocument.Parse(await site.Client.GetStringAsync("/api/search?q=rewritten"))
            .RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()));
    }

    // Pages, endpoints, views and middleware take the request's Snapshot; only start-up and the watcher hold the store.
    // Compiler-made types are scanned too, so an endpoint lambda's parameters and a view's @inject are covered.
    [Fact]
    public void NothingOnTheRequestPathAsksForTheStore()
    {
        Type[] offTheRequestPath = [typeof(ContentWatcherService)];
        const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic
            | BindingFlags.Instance | BindingFlags.Static;
        var askers = typeof(ContentWatcherService).Assembly.GetTypes()
            .Where(type => !offTheRequestPath.Contains(type))
            .SelectMany(type => type.GetMembers(Declared).Where(AsksForTheStore).Select(member => $"{type.FullName}.{member.Name}"))
            .ToList();

        Assert.Empty(askers);

        static bool AsksForTheStore(MemberInfo member) => member switch
        {
            MethodBase method => method.GetParameters().Any(p => p.ParameterType == typeof(ContentStore)),
            FieldInfo field => field.FieldType == typeof(ContentStore),
            PropertyInfo property => property.PropertyType == typeof(ContentStore),
            _ => false,
        };
    }

    // Takes the request's snapshot first, as the caching middleware does, then reloads before anything else runs.
    private sealed class ReloadMidRequest(ContentStore store) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.ContainsKey(ReloadHeader))
                {
                    _ = context.RequestServices.GetRequiredService<Snapshot>();
                    await store.ReloadAsync();
                }

                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
