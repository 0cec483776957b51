using Dopamine.Content.Loading;
using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.KnowledgeBase;

/// <summary>
/// The bundled knowledge base, checked through the content model: every promised page is there, each meets
/// the editorial standard, every source and glossary term is used, and every page is close to the home page.
/// </summary>
public sealed class BundledContentTests
{
    private static readonly Lazy<Snapshot> Bundled = new(() =>
        Snapshot.Build(ContentLoader.Load(ContentRoot.Resolve("content", AppContext.BaseDirectory)).Content));

    private static ContentSet Content => Bundled.Value.Content;

    public static TheoryData<string> QuestionSlugs =>
    [
        "what-is-dopamine", "is-dopamine-the-pleasure-molecule", "what-is-reward-prediction-error",
        "why-anticipation-beats-reward", "where-is-dopamine-made", "dopamine-receptors-d1-d5", "dopamine-and-movement",
        "can-you-test-dopamine-levels", "dopamine-volume-transmission", "tonic-vs-phasic-dopamine",
        "what-is-a-dopamine-baseline", "how-fast-does-dopamine-work", "how-stimulants-affect-dopamine",
        "why-crave-what-you-dont-enjoy", "dopamine-and-procrastination", "dopamine-and-goal-setting",
        "intermittent-rewards-dopamine", "music-and-dopamine", "food-and-dopamine", "does-caffeine-increase-dopamine",
        "does-exercise-increase-dopamine", "social-media-and-dopamine", "video-games-and-dopamine", "too-much-dopamine",
        "dopamine-detox-evidence", "how-long-to-reset-dopamine", "addiction-relapse-dopamine", "dopamine-and-depression",
        "post-achievement-slump", "smartphone-addiction", "dopamine-stacking", "dopamine-vs-serotonin",
        "dopamine-and-norepinephrine", "dopamine-learning-and-habits", "dopamine-and-prolactin",
        "adhd-medication-dopamine", "parkinsons-and-dopamine", "dopamine-supplements", "cold-exposure-and-dopamine",
        "healthy-ways-to-support-dopamine",
    ];

    public static TheoryData<string> TopicSlugs =>
    [
        "dopamine-motivation-and-drive", "dopamine-release-mechanisms", "motivation-and-craving",
        "pleasure-pain-balance", "dopamine-and-glutamate",
    ];

    [Fact]
    public void TheBundledContentHasNoDiagnostics() => Assert.Empty(Content.Diagnostics);

    [Theory]
    [MemberData(nameof(QuestionSlugs))]
    public void EveryPromisedQuestionHasItsPage(string slug) =>
        Assert.Equal(ArticleKind.Question, Assert.Contains(slug, Content.BySlug).Kind);

    [Theory]
    [MemberData(nameof(TopicSlugs))]
    public void EveryThemeLinksOutToQuestions(string slug)
    {
        var topic = Assert.Contains(slug, Content.BySlug);

        Assert.Equal(ArticleKind.Topic, topic.Kind);
        Assert.True(topic.OutgoingLinks.Count(l => Content.BySlug[l.ToSlug].Kind == ArticleKind.Question) >= 4);
    }

    [Fact]
    public void EveryPageMeetsTheEditorialStandard()
    {
        Assert.Equal(45, Content.Articles.Count);
        Assert.All(Content.Articles, article =>
        {
            Assert.False(string.IsNullOrWhiteSpace(article.Summary));
            Assert.DoesNotMatch(@"[.!?]\s+\p{Lu}", article.Summary); // one sentence
            var points = Html.Parse(article.BodyHtml).QuerySelectorAll("ol.key-points > li");
            Assert.InRange(points.Length, 3, 7);
            Assert.All(points, point => Assert.NotNull(point.QuerySelector("sup.cite a")));
            Assert.True(article.Citations.Count >= 3, $"{article.Slug} cites {article.Citations.Count} sources");
            Assert.Contains(article.Citations, c => c.Source.IsPrimaryLiterature);
            Assert.NotNull(article.Reviewed);
            Assert.NotNull(article.Evidence);
            Assert.False(string.IsNullOrWhiteSpace(article.EvidenceNote));
            Assert.InRange(article.Related.Count, 3, 6);
            Assert.All(article.Tags, tag => Assert.Contains(tag, Content.TagDescriptions.Keys));
        });
    }

    [Theory]
    [InlineData("is-dopamine-the-pleasure-molecule")]
    [InlineData("cold-exposure-and-dopamine")]
    [InlineData("dopamine-detox-evidence")]
    [InlineData("social-media-and-dopamine")]
    [InlineData("dopamine-stacking")]
    [InlineData("does-caffeine-increase-dopamine")]
    [InlineData("does-exercise-increase-dopamine")]
    [InlineData("adhd-medication-dopamine")]
    [InlineData("dopamine-volume-transmission")]
    public void PagesOnAPopularMythSayWhatWasClaimedAndWhatWasMeasured(string slug)
    {
        var article = Content.BySlug[slug];

        Assert.Contains(article.Headings, h => h.Text.StartsWith("Myth check", StringComparison.Ordinal));
        Assert.Contains("What was measured", article.BodyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cold-exposure-and-dopamine", SafetyTopic.Cold)]
    [InlineData("dopamine-supplements", SafetyTopic.Supplements)]
    [InlineData("adhd-medication-dopamine", SafetyTopic.Medication)]
    [InlineData("addiction-relapse-dopamine", SafetyTopic.Addiction)]
    [InlineData("how-long-to-reset-dopamine", SafetyTopic.Addiction)]
    public void PagesOnRiskyTopicsCarryTheirSafetyNote(string slug, SafetyTopic topic) =>
        Assert.Equal(topic, Content.BySlug[slug].Safety);

    [Fact]
    public void EverySourceIsCitedAndEveryGlossaryTermIsUsed()
    {
        var cited = Content.Articles.SelectMany(a => a.Citations).Select(c => c.Source).ToList();
        var used = cited.Select(s => s.Id).Concat(cited.Select(s => s.Episode).OfType<string>()).ToHashSet();

        Assert.DoesNotContain(Content.Sources.Keys, id => !used.Contains(id));
        Assert.True(Content.Glossary.Count >= 25);
        Assert.Empty(Content.Glossary.Select(t => t.Id).Except(Content.Articles.SelectMany(a => a.GlossaryTerms)));
    }

    [Fact]
    public void EveryPageIsWithinThreeClicksOfTheHomePage()
    {
        // What the home page links to: the start-here path and every theme page.
        var home = Content.Home.StartHere.Concat(Content.Articles.Where(a => a.Kind == ArticleKind.Topic).Select(a => a.Slug));
        var distance = home.Distinct().ToDictionary(slug => slug, _ => 1);
        var frontier = new Queue<string>(distance.Keys);
        while (frontier.Count > 0)
        {
            var slug = frontier.Dequeue();
            var next = Content.BySlug[slug].OutgoingLinks.Select(l => l.ToSlug)
                .Concat(Bundled.Value.RelatedTo(slug).Select(r => r.Article.Slug));
            foreach (var target in next.Where(t => !distance.ContainsKey(t)))
            {
                distance[target] = distance[slug] + 1;
                frontier.Enqueue(target);
            }
        }

        Assert.DoesNotContain(Content.Articles, a => distance.GetValueOrDefault(a.Slug, int.MaxValue) > 3);
    }

    [Fact]
    public void ReadersWordsForKeyTopicsAreInTheContent()
    {
        var groups = Content.Synonyms.Select(g => g.ToHashSet()).ToList();
        bool Together(string a, string b) => groups.Any(g => g.Contains(a) && g.Contains(b));

        Assert.True(Together("caffeine", "coffee"));
        Assert.True(Together("cold exposure", "ice bath"));
        Assert.True(Together("cold exposure", "cold plunge"));
        Assert.True(Together("methylphenidate", "ritalin"));
        Assert.True(Together("dopamine detox", "dopamine fasting"));
        Assert.True(Together("pleasure-pain balance", "see-saw"));
        Assert.True(Together("nucleus accumbens", "nac"));
    }
}
