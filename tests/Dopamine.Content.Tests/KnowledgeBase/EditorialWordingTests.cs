using System.Text.RegularExpressions;
using Dopamine.Content.Loading;
using Dopamine.Content.Model;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.KnowledgeBase;

/// <summary>
/// The bundled knowledge base, checked for two kinds of wording a reviewer should never find: claims about the
/// whole literature ("no study has…") that nobody could have checked, and editors' bookkeeping on source cards.
/// </summary>
public sealed partial class EditorialWordingTests
{
    private static readonly Lazy<ContentSet> Bundled =
        new(() => ContentLoader.Load(ContentRoot.Resolve("content", AppContext.BaseDirectory)).Content);

    // Phrases that assert something about every study there is. "We found no study that…" says what a search
    // showed and is not matched; "no study cited here" is scoped to the page and is not matched either.
    [GeneratedRegex(@"\b(no (human )?stud(y|ies) (has|have)|nobody has|no one has|(has|have) not been (studied|tested|measured)|(has|have) never been (studied|tested|measured)|there is no evidence|no evidence shows|the largest (study|review|trial|test|meta-analysis)|the only (direct )?(study|test|trial))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteClaim();

    // A page may keep an absolute phrase only with a reason. Each entry is the page and the exact phrase.
    // Empty since the review of issue 16 reworded the last six; add an entry only with a source that backs the phrase.
    private static readonly HashSet<(string Slug, string Phrase)> AllowedAbsoluteClaims = [];

    // Wording that belongs to the editors' own checking and should stay in YAML comments, never on a card.
    private static readonly string[] EditorNotePhrases =
    [
        "verified here", "confirmed here", "not verified", "added by group", "episode entry", "first author only",
        "authors only", "co-authors", "from memory",
    ];

    [Fact]
    public void PagesMakeNoUncheckedClaimAboutTheWholeLiterature()
    {
        var found = Bundled.Value.Articles
            .SelectMany(a => new[] { a.Summary, a.EvidenceNote ?? "", a.BodyText }
                .SelectMany(text => AbsoluteClaim().Matches(text))
                .Select(m => (a.Slug, Phrase: m.Value.ToLowerInvariant())))
            .Where(hit => !AllowedAbsoluteClaims.Contains(hit))
            .Select(hit => $"{hit.Slug}: \"{hit.Phrase}\"")
            .ToList();

        Assert.True(found.Count == 0,
            "Say what a search found (\"we found no study that…\") or cite a source that backs the claim:\n" + string.Join("\n", found));
    }

    [Fact]
    public void NoSourceCardShowsAnEditorsNote()
    {
        var found = Bundled.Value.Sources.Values
            .SelectMany(s => new[] { s.Title, s.Note, s.Journal, s.Publisher }.OfType<string>().Select(text => (s.Id, text)))
            .Where(field => EditorNotePhrases.Any(p => field.text.Contains(p, StringComparison.OrdinalIgnoreCase)))
            .Select(field => $"{field.Id}: {field.text}")
            .ToList();

        Assert.True(found.Count == 0,
            "Move these to a '# Editor:' comment in sources.yml; a reader sees only 'Full author list not yet checked.':\n"
            + string.Join("\n", found));
    }

    [Fact]
    public void AnIncompleteAuthorListIsSaidOncePerCard()
    {
        const string Incomplete = "Full author list not yet checked.";

        Assert.All(Bundled.Value.Sources.Values.Where(s => s.Note is not null), s =>
            Assert.True(s.Note!.Split(Incomplete).Length <= 2, $"{s.Id} says '{Incomplete}' more than once"));
    }
}
