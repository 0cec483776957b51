using Dopamine.Content.Diagnostics;
using Dopamine.Content.Model;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Loading;

public class PodcastMomentTests
{
    [Fact]
    public void ProvenanceOfAnEpisodeLoadsAsEditorsNotesAndLeavesTheLinkAlone()
    {
        using var tree = new ContentTree().Sources("""
            - id: hl-039
              type: episode
              title: Controlling Your Dopamine For Motivation, Focus & Satisfaction
              url: https://www.youtube.com/watch?v=QmOF0crdyRU
              provenance:
                - "url: https://example.org/chapters-page"
            """);

        var content = tree.Load().Content;

        Assert.DoesNotContain(content.Diagnostics, d => d.Code == DiagnosticCodes.InvalidEntry);
        var episode = content.Sources["hl-039"];
        Assert.Equal("url: https://example.org/chapters-page", Assert.Single(episode.Provenance));
        Assert.Equal("https://www.youtube.com/watch?v=QmOF0crdyRU", episode.Link);
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=QmOF0crdyRU", "47:10", "https://www.youtube.com/watch?v=QmOF0crdyRU&t=2830s")]
    [InlineData("https://www.youtube.com/watch?v=QmOF0crdyRU", "1:58:30", "https://www.youtube.com/watch?v=QmOF0crdyRU&t=7110s")]
    [InlineData("https://youtu.be/QmOF0crdyRU", "0:05", "https://youtu.be/QmOF0crdyRU?t=5s")]
    [InlineData("https://www.youtube.com/watch?v=QmOF0crdyRU", "p. 12", "https://www.youtube.com/watch?v=QmOF0crdyRU")]
    [InlineData("https://doi.org/10.1038/tp.2015.46", "47:10", "https://doi.org/10.1038/tp.2015.46")]
    public void AMomentOpensAVideoAtItsTimeAndLeavesOtherLinksAlone(string link, string position, string expected) =>
        Assert.Equal(expected, MomentLink.At(link, position));
}
