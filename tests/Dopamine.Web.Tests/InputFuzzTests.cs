using System.Diagnostics;
using Dopamine.Content.Snapshots;
using Dopamine.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Dopamine.Web.Tests;

/// <summary>
/// Thousands of generated hostile inputs (Lucene syntax, unicode, NUL and control characters, 10,000+
/// character strings, encoded traversal, invalid UTF-8 escapes, odd numbers) against every route a reader
/// can type into. The generator is seeded: a failure prints the seed and the URL, and replays exactly.
/// The in-memory server skips Kestrel, which itself answers some of these (a NUL in the path) with 400.
/// </summary>
public sealed class InputFuzzTests(BundledSiteFactory factory, ITestOutputHelper output) : IClassFixture<BundledSiteFactory>
{
    private static readonly int[] SearchStatuses = [200, 400];
    // 301 is the canonical redirect when only the case or the folder of a slug is wrong.
    private static readonly int[] ArticleStatuses = [200, 301, 400, 404];
    private static readonly int[] LookupStatuses = [200, 400, 404];

    [Fact]
    public Task SearchPageAnswersEveryQueryAndPageWithEchoesEncoded() =>
        FuzzAsync(seed: 1, count: 1_500, SearchStatuses, f =>
            $"/search?q={f.QueryValue()}" + (f.Chance(2) ? $"&page={f.Number("page")}" : "") + (f.Chance(20) ? $"&q={f.QueryValue()}" : ""));

    [Fact]
    public Task SearchApiAnswersEveryQueryLimitAndOffsetWithValidJson() =>
        FuzzAsync(seed: 2, count: 1_200, SearchStatuses, f =>
            $"/api/search?q={f.QueryValue()}" + (f.Chance(2) ? $"&limit={f.Number("limit")}" : "") + (f.Chance(2) ? $"&offset={f.Number("offset")}" : ""));

    [Fact]
    public Task SuggestApiAnswersEveryQueryWithValidJson() =>
        FuzzAsync(seed: 3, count: 800, SearchStatuses, f => $"/api/suggest?q={f.QueryValue()}");

    [Fact]
    public Task AnswerApiAnswersEveryQuestionWithValidJson() =>
        FuzzAsync(seed: 6, count: 1_000, SearchStatuses, f => $"/api/answer?q={f.QueryValue()}");

    [Fact]
    public Task ArticleRoutesAnswerEverySlugAndHighlightWithDocumentedStatuses()
    {
        var slugs = Content().Articles.Select(a => a.Slug).ToList();
        return FuzzAsync(seed: 4, count: 1_000, ArticleStatuses, f =>
            (f.Chance(2) ? "/topics/" : "/questions/") + f.Segment(slugs) + (f.Chance(4) ? $"?hl={f.QueryValue()}" : ""));
    }

    [Fact]
    public Task TagAndSourceRoutesAnswerEveryIdWithDocumentedStatuses()
    {
        var tags = Content().Tags.Keys.ToList();
        var sources = Content().Sources.Keys.ToList();
        return FuzzAsync(seed: 5, count: 800, LookupStatuses, f =>
            f.Chance(2) ? "/tags/" + f.Segment(tags) : "/sources/" + f.Segment(sources));
    }

    private Dopamine.Content.Model.ContentSet Content() => factory.Services.GetRequiredService<ContentStore>().Current.Content;

    private async Task FuzzAsync(int seed, int count, int[] allowed, Func<FuzzInputs, string> url)
    {
        // Every URL comes from the seeded generator first, so the run is the same however requests interleave.
        var inputs = new FuzzInputs(FuzzInputs.SeedFromEnvironment(seed));
        var urls = Enumerable.Range(0, count).Select(_ => url(inputs)).ToList();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var failures = new string?[count];
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (i, _) =>
        {
            if (await FuzzChecks.ProblemAsync(client, urls[i], allowed) is { } problem)
            {
                failures[i] = $"#{i} {problem}: {Shorten(urls[i])}";
            }
        });

        var failed = failures.OfType<string>().ToList();
        output.WriteLine($"{count} inputs, seed {inputs.Seed}, {clock.Elapsed.TotalSeconds:0.0} s, {failed.Count} failures");
        Assert.True(failed.Count == 0,
            $"seed {inputs.Seed} (replay with DOPAMINE_FUZZ_SEED={inputs.Seed}): {failed.Count} of {count} inputs failed:\n"
            + string.Join('\n', failed.Take(20)));
    }

    private static string Shorten(string url) => url.Length <= 300 ? url : $"{url[..300]}… ({url.Length} chars)";
}
