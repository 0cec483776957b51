namespace Dopamine.Content.Tests.Support;

/// <summary>Small, valid content pieces that tests combine with the one thing they are about.</summary>
internal static class Sample
{
    /// <summary>A registry with a paper, a review, a book, an episode and a clip of it.</summary>
    public const string Sources = """
        - id: schultz-1997
          type: paper
          title: A neural substrate of prediction and reward
          authors: [Schultz W, Dayan P, Montague PR]
          year: 1997

        - id: berridge-2007
          type: review
          title: "The debate over dopamine's role in reward: the case for incentive salience"
          year: 2007

        - id: lembke-2021
          type: book
          title: Dopamine Nation
          year: 2021

        - id: hl-055
          type: episode
          title: "Dopamine, Motivation and Drive"
          show: Huberman Lab
          number: 55

        - id: hl-055-baseline
          type: clip
          title: Your Dopamine Baseline
          episode: hl-055
        """;

    /// <summary>
    /// A page with a title and summary. The front matter takes lines 1-4 (plus one line per extra
    /// front-matter line), so the body starts on line 5.
    /// </summary>
    public static string Page(string title, string body, params string[] frontMatter)
    {
        var extra = string.Concat(frontMatter.Select(line => line + "\n"));
        return $"---\ntitle: \"{title}\"\nsummary: A short answer about {title.ToLowerInvariant()}.\n{extra}---\n{body}\n";
    }
}
