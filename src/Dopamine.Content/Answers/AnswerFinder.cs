using Dopamine.Content.Model;
using Dopamine.Content.Search;
using Dopamine.Content.Text;
using Lucene.Net.Search;

namespace Dopamine.Content.Answers;

/// <summary>
/// Chooses the answer to a question from one snapshot's indexes: the page whose own match and best passage's match
/// together rank first, that page's best passages, and other pages that answer part of it. Declines (null) when the
/// best page does not cover enough of the question's rarer words: a confident card built on "dopamine" alone is worse
/// than saying the site does not cover it.
/// </summary>
internal sealed class AnswerFinder(AnswerIndexes indexes)
{
    // Tuned on the "tune" half of tests/answer-quality/questions.tsv; the "held" half is reported, never tuned on.
    private const int PageCandidates = 20;
    private const int PassageCandidates = 300;
    /// <summary>How much a page's best passage counts beside the page's own match, both scaled to the best of each.</summary>
    private const double PassageWeight = 0.6;
    /// <summary>The share of a question's weight its page must cover to be given as the answer.</summary>
    private const double MinCoverage = 0.6;
    /// <summary>A second or third passage is shown when it scores at least this share of the first.</summary>
    private const double NextPassageShare = 0.6;
    private const int MaxPassages = 3;
    /// <summary>
    /// How much the share of the question's weight a passage's own words hold counts beside its score (scaled to the
    /// page's best) when choosing among a page's passages: a passage that holds the rare words answers, one that
    /// repeats a common word often only matches.
    /// </summary>
    private const double PassageCoverageWeight = 1.0;
    /// <summary>Another page is named under "also see" when its rank score is at least this share of the answer's.</summary>
    private const double AlsoSeeShare = 0.5;
    private const int MaxAlsoSee = 3;

    public Answer? Find(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var typed = Words.Split(question);
        var words = typed.Where(w => !FunctionWords.Contains(w)).Select(Corrected).ToList();
        var text = string.Join(' ', words);
        var pagePlan = indexes.PageQueries.Build(text, prefixLastWord: false);
        var sectionPlan = indexes.SectionQueries.Build(text, prefixLastWord: false);
        if (pagePlan.Query is null || sectionPlan.Query is null)
        {
            return null;
        }

        var passageHits = indexes.Sections.Search(sectionPlan.Query, PassageCandidates).ScoreDocs;
        var ranked = Rank(indexes.Pages.Search(pagePlan.Query, PageCandidates).ScoreDocs, passageHits);
        if (ranked.Count == 0)
        {
            return null;
        }

        var askedForDose = DoseQuestion.Asks(typed);
        // "How much ... should I take" frames a dose question the way "what does" frames any other.
        var questionWords = QuestionWords(askedForDose ? words.Where(w => !DoseQuestion.IsFraming(w)).ToList() : words);
        var (bestSlug, bestScore) = ranked[0];
        if (Coverage(questionWords, bestSlug) < MinCoverage)
        {
            return null;
        }

        var page = indexes.Content.BySlug[bestSlug];
        var passages = PassagesOf(page, passageHits, questionWords, AllIn(questionWords, bestSlug, indexes.NameTerms));
        if (askedForDose)
        {
            passages = passages.Where(p => !DoseQuestion.StatesAmount(PassageText.Of(p))).ToList();
        }

        var alsoSee = ranked.Skip(1)
            .Where(r => r.Score >= AlsoSeeShare * bestScore && Coverage(questionWords, r.Slug) >= MinCoverage / 2)
            .Take(MaxAlsoSee)
            .Select(r => indexes.Content.BySlug[r.Slug])
            .ToList();
        return new Answer(page, passages, alsoSee, askedForDose, TermsToMark(sectionPlan.Terms));
    }

    // A word no page uses is most likely a typo: the closest word the pages use stands in for it. But a word whose
    // stem the pages use is only another form of it ("addicts", "seeing": corrected, they became "addicted" and
    // "seeking"), and a word of the synonym table is one readers use ("meth" became "myth").
    private string Corrected(string word) =>
        indexes.Synonyms.Knows(word) || Analyzers.Tokens(Analyzers.English, word).Any(indexes.Terms.AnyPageHas)
            ? word
            : indexes.Spelling.Correct(word) ?? word;

    // Words most pages use ("does", "dopamine") say nothing about why a passage answers: marking them is noise.
    private List<string> TermsToMark(IReadOnlyCollection<string> terms) =>
        terms.Where(t => indexes.Terms.Weight(t) >= indexes.Terms.WeightAtHalfThePages).ToList();

    // Pages by their own match plus their best passage's, each scaled to the best of its kind.
    private List<(string Slug, double Score)> Rank(ScoreDoc[] pageHits, ScoreDoc[] passageHits)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var topPage = pageHits.Length > 0 ? pageHits[0].Score : 1f;
        foreach (var hit in pageHits)
        {
            scores[indexes.PageSlugs[hit.Doc]] = hit.Score / topPage;
        }

        var topPassage = passageHits.Length > 0 ? passageHits[0].Score : 1f;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in passageHits)
        {
            var slug = indexes.SectionSlugs[hit.Doc];
            if (seen.Add(slug))
            {
                scores[slug] = scores.GetValueOrDefault(slug) + (PassageWeight * hit.Score / topPassage);
            }
        }

        return scores.Select(s => (s.Key, s.Value))
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
    }

    // A question the page's title holds every word of ("what is dopamine" of "What is dopamine?") is answered by the
    // short answer, however well a narrower passage repeats its words. Aliases do not count: many name one part of the
    // page ("molecule of more", "incubation of craving"), and the tune half lost three passages when they did.
    private List<AnswerPassage> PassagesOf(Article page, ScoreDoc[] passageHits, List<QuestionWord> questionWords, bool askedWhatThePageIsAbout)
    {
        var ofPage = passageHits.Where(h => indexes.SectionSlugs[h.Doc] == page.Slug).ToList();
        if (ofPage.Count == 0)
        {
            return [new AnswerPassage(page, null)];
        }

        var top = ofPage[0].Score;
        var judged = ofPage.Select(h => (h.Doc, Score: (h.Score / top) + (PassageCoverageWeight * Coverage(questionWords, h.Doc, indexes.PassageTerms))))
            .OrderByDescending(h => h.Score).ToList();
        var anchors = judged.TakeWhile(h => h.Score >= NextPassageShare * judged[0].Score).Select(h => indexes.SectionAnchors[h.Doc]);
        if (askedWhatThePageIsAbout)
        {
            anchors = anchors.Where(a => a != AnswerPassage.SummaryAnchor).Prepend(AnswerPassage.SummaryAnchor);
        }

        return anchors.Take(MaxPassages)
            .Select(anchor => new AnswerPassage(page, page.Sections.FirstOrDefault(s => s.Anchor == anchor)))
            .ToList();
    }

    private List<QuestionWord> QuestionWords(List<string> words)
    {
        var expansions = indexes.Synonyms.Expand(words);
        return words.Select((word, i) => (Word: word, Stems: Analyzers.Tokens(Analyzers.English, word), Expansions: expansions[i]))
            .Where(w => w.Stems.Count > 0 && w.Word.Length > 1)
            .DistinctBy(w => string.Join(' ', w.Stems))
            .Select(w => new QuestionWord(w.Word, w.Stems,
                w.Expansions.Select(phrase => (IReadOnlyList<string>)Analyzers.Tokens(Analyzers.English, phrase)).Where(s => s.Count > 0).ToList(),
                w.Stems.Max(indexes.Terms.Weight)))
            .ToList();
    }

    // The weighted share of the question's words the page holds (a word or one of its synonyms).
    private double Coverage(List<QuestionWord> words, string slug) => Coverage(words, slug, indexes.Terms);

    private bool AllIn(List<QuestionWord> words, string slug, QuestionTerms presence) =>
        words.Count > 0 && Coverage(words, slug, presence) >= 1;

    // The weighted share of the question's words that the page holds in the fields of presence.
    private double Coverage(List<QuestionWord> words, string slug, QuestionTerms presence) =>
        indexes.PageDoc(slug) is { } doc ? Coverage(words, doc, presence) : 0;

    private static double Coverage(List<QuestionWord> words, int doc, QuestionTerms presence)
    {
        if (words.Count == 0)
        {
            return 0;
        }

        double total = 0, covered = 0;
        foreach (var word in words)
        {
            var weight = word.Weight;
            total += weight;
            if (word.Stems.All(s => presence.PageHas(doc, s)) || word.Alternatives.Any(a => a.All(s => presence.PageHas(doc, s))))
            {
                covered += weight;
            }
        }

        return total == 0 ? 0 : covered / total;
    }
}
