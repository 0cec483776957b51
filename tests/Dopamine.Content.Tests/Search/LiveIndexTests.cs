using Dopamine.Content.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dopamine.Content.Tests.Search;

/// <summary>The index that lives across reloads: what each reload's searcher sees, and what the reloads leave behind.</summary>
public class LiveIndexTests
{
    [Fact]
    public void ManyReloadsLeaveNoSegmentsBehindOnceTheirReadersAreReleased()
    {
        using var index = new LiveIndex();
        index.Replace([], [Page("alpha", "first words"), Page("beta", "other words")]);
        var newest = index.OpenSearcher();
        var afterFirstBuild = index.FileCount;

        for (var edit = 1; edit <= 100; edit++)
        {
            newest = Reload(index, newest, edit);
        }

        // Without closing replaced readers, each reload's segment files stayed: three more files per reload.
        Assert.InRange(index.FileCount, 1, afterFirstBuild + 12);
        Assert.Equal(1, Hits(newest, "edit100"));
        Assert.Equal(0, Hits(newest, "edit99"));
    }

    [Fact]
    public void AHeldReaderKeepsItsFilesUntilItsLastReferenceIsReleased()
    {
        using var index = new LiveIndex();
        index.Replace([], [Page("alpha", "first words"), Page("beta", "other words")]);
        // Held after an edit, so it reads a segment that a later edit deletes whole (the first one lives on with beta).
        var held = Reload(index, index.OpenSearcher(), 1);
        held.IndexReader.IncRef();
        var newest = held;
        for (var edit = 2; edit <= 100; edit++)
        {
            newest = Reload(index, newest, edit);
        }

        var whileHeld = index.FileCount;
        Assert.Equal(1, Hits(held, "edit1"));

        held.IndexReader.DecRef();

        Assert.Equal(0, held.IndexReader.RefCount);
        Assert.True(index.FileCount < whileHeld, $"{index.FileCount} files after the release, {whileHeld} while held");
    }

    [Fact]
    public void ASearcherAnswersAsBeforeWhileItIsHeld()
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

    // What a reload does to the index: write, open the next searcher, let go of the reference the last one opened with.
    private static IndexSearcher Reload(LiveIndex index, IndexSearcher previous, int edit)
    {
        index.Replace(["alpha"], [Page("alpha", $"edit{edit} words")]);
        var next = index.OpenSearcher();
        previous.IndexReader.DecRef();
        return next;
    }

    private static Document Page(string slug, string text) =>
    [
        new StringField(SearchFields.Slug, slug, Field.Store.NO),
        new TextField(SearchFields.Body, text, Field.Store.NO),
    ];

    private static int Hits(IndexSearcher searcher, string word) =>
        searcher.Search(new TermQuery(new Term(SearchFields.Body, word)), 10).TotalHits;
}
