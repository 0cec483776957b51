using System.Net;
using System.Text.Json;
using Dopamine.Content;
using Dopamine.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Dopamine.Web.Tests;

/// <summary>
/// The answer benchmark (tests/answer-quality/questions.tsv): questions as readers type them, each with the page and
/// passages that answer it, or none. The engine was tuned on the "tune" half; the floors hold on the whole set, and
/// the held-out half is printed beside it. tests/answer-quality/compare.sh prints the same figures beside MiniSearch
/// and lunr.
/// </summary>
/// <remarks>
/// The floors are what the engine reaches today, less a little, so a change that answers worse fails. Issue 14's
/// targets (passage@1 0.80, page@1 0.95, coverage 0.95, abstention 0.85 on the held-out half) are not all met yet:
/// raise each floor to its target as the engine reaches it.
/// </remarks>
public sealed class AnswerQualityTests(BundledSiteFactory factory, ITestOutputHelper output) : IClassFixture<BundledSiteFactory>
{
    private const double MinPassageAt1 = 0.74;
    private const double MinPageAt1 = 0.86;
    private const double MinCoverage = 0.94;
    private const double MinAbstention = 0.88;

    [Fact]
    public async Task TypedQuestionsGetTheirAnswerAndUncoveredOnesGetNone()
    {
        var client = factory.CreateClient();
        var questions = ReadQuestions();
        var outcomes = new List<(Question Question, string? Slug, string? Anchor)>();
        foreach (var question in questions)
        {
            var (status, body) = await Api.GetAsync(client, $"/api/answer?q={Uri.EscapeDataString(question.Query)}");
            Assert.Equal(HttpStatusCode.OK, status);
            var answer = body.GetProperty("answer");
            outcomes.Add(answer.ValueKind == JsonValueKind.Null
                ? (question, null, null)
                : (question, answer.GetProperty("slug").GetString(), answer.GetProperty("passages").EnumerateArray().FirstOrDefault() is
                { ValueKind: JsonValueKind.Object } first ? first.GetProperty("anchor").GetString() : null));
        }

        foreach (var (question, slug, anchor) in outcomes.Where(o => o.Question.Split == "tune" && !IsRight(o)))
        {
            output.WriteLine($"miss: {question.Query} -> {slug ?? "null"}#{anchor} (want {question.Slug ?? "null"}#{string.Join('|', question.Anchors)})");
        }

        foreach (var split in new[] { "tune", "held", "all" })
        {
            var scores = Score(outcomes.Where(o => split == "all" || o.Question.Split == split).ToList());
            output.WriteLine($"{split}: page@1 {scores.PageAt1:0.000}, passage@1 {scores.PassageAt1:0.000}, coverage {scores.Coverage:0.000}, abstention {scores.Abstention:0.000}");
        }

        var all = Score(outcomes);
        Assert.True(questions.Count(q => q.Slug is not null) >= 80, "the benchmark needs at least 80 answerable questions");
        Assert.True(questions.Count(q => q.Slug is null) >= 15, "the benchmark needs at least 15 questions the site does not answer");
        Assert.True(all.PassageAt1 >= MinPassageAt1, $"passage@1 {all.PassageAt1:0.000} is below {MinPassageAt1}");
        Assert.True(all.PageAt1 >= MinPageAt1, $"page@1 {all.PageAt1:0.000} is below {MinPageAt1}");
        Assert.True(all.Coverage >= MinCoverage, $"coverage {all.Coverage:0.000} is below {MinCoverage}");
        Assert.True(all.Abstention >= MinAbstention, $"abstention {all.Abstention:0.000} is below {MinAbstention}");
    }

    private static bool IsRight((Question Question, string? Slug, string? Anchor) outcome) =>
        outcome.Question.Slug == outcome.Slug && (outcome.Slug is null || outcome.Question.Anchors.Contains(outcome.Anchor ?? ""));

    private static (double PageAt1, double PassageAt1, double Coverage, double Abstention) Score(List<(Question Question, string? Slug, string? Anchor)> outcomes)
    {
        var answerable = outcomes.Where(o => o.Question.Slug is not null).ToList();
        var unanswerable = outcomes.Where(o => o.Question.Slug is null).ToList();
        double Share<T>(List<T> items, Func<T, bool> right) => items.Count == 0 ? 1 : items.Count(right) / (double)items.Count;
        return (Share(answerable, o => o.Slug == o.Question.Slug), Share(answerable, o => IsRight(o)),
            Share(answerable, o => o.Slug is not null), Share(unanswerable, o => o.Slug is null));
    }

    private sealed record Question(string Split, string Query, string? Slug, IReadOnlySet<string> Anchors);

    /// <summary>Each line: split, query, slug (or -), comma-separated anchors (or -), tab-separated; # starts a comment.</summary>
    private static List<Question> ReadQuestions() =>
        File.ReadLines(Path.Combine(ContentRoot.Resolve("tests/answer-quality", AppContext.BaseDirectory), "questions.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => new Question(parts[0], parts[1], parts[2] == "-" ? null : parts[2],
                parts[3] == "-" ? new HashSet<string>() : parts[3].Split(',').ToHashSet()))
            .ToList();
}
