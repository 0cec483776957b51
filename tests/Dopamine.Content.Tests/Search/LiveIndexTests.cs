using Dopamine.Content.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dopamine.Content.Tests.Search;

/// <summary>The index that lives across reloads: what each reload's searcher sees, and what the reloads leave behind.</summary>
public class LiveIndexTests
{
    [Fact]
    public void ManyReloadsLeaveNoSegmentsBehindOnceTheirSearchersAreRetired()
    {
        using var index = new LiveIndex(retireAfter: TimeSpan.Zero);
        index.Replace([], [Page("alpha", "first words"), Page("beta", "other words")]);
        index.OpenSearcher();
        var afterFirstBuild = index.FileCount;

        IndexSearcher? newest = null;
        for (var edit = 1; edit <= 100; edit++)
        {
            index.Replace(["alpha"], [Page("alpha", $"edit{edit} words")]);
            newest = index.OpenSearcher();
        }

        // Without closing replaced searchers, each reload's segment files stayed: three more files per reload.
        Assert.InRange(index.FileCount, 1, afterFirstBuild + 12);
        Assert.Equal(1, Hits(newest!, "edit100"));
        Assert.Equal(0, Hits(newest!, "edit99"));
    }

    [Fact]
    public void ASearcherAnswersAsBeforeUntilItIsRetired()
    {
        using var index = new LiveIndex();
        index.Replace([], [Page("alpha", "serotonin words")]);
        var older = index.OpenSearcher();

        index.Replace(["alpha"], [Page("alpha", "glutamate words")]);
        var newer = index.OpenSearcher();

        Assert.Equal(1, Hits(older, "serotonin"));
        Assert.Equal(0, Hits(older, "glutam"));
        Assert.Equal(1, Hits(newer, "glutam"));
    }

    private static Document Page(string slug, string text) =>
    [
        new StringField(SearchFields.Slug, slug, Field.Store.NO),
        new TextField(SearchFields.Body, text, Field.Store.NO),
    ];

    private static int Hits(IndexSearcher searcher, string word) =>
        searcher.Search(new TermQuery(new Term(SearchFields.Body, word)), 10).TotalHits;
}
