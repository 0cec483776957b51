namespace Dopamine.Content.Search;

/// <summary>The Lucene field names, in one place because they are case-sensitive, and how much each weighs.</summary>
internal static class SearchFields
{
    public const string Slug = "slug";
    public const string Title = "title";
    public const string Aliases = "aliases";
    public const string Summary = "summary";
    public const string Headings = "headings";
    public const string Body = "body";
    public const string Tags = "tags";
    public const string Glossary = "glossary";

    /// <summary>In the sections index: the anchor id of a key point or headed section.</summary>
    public const string Anchor = "anchor";
    /// <summary>In the sections index: the section's heading and text (not stored: snippets are cut from the page).</summary>
    public const string Text = "text";
    /// <summary>In the sections index: the title and aliases of the passage's page, the context the passage answers in.</summary>
    public const string Context = "context";

    /// <summary>Every field a page answers from, for how much of a question it covers.</summary>
    public static readonly IReadOnlyList<string> Answerable = [Title, Aliases, Summary, Headings, Body, Glossary];

    /// <summary>The field that names what a page as a whole answers (aliases name parts of it too).</summary>
    public static readonly IReadOnlyList<string> Names = [Title];

    /// <summary>
    /// Query-time weight of each page field: title > aliases > summary > headings > body. Tuned on the
    /// search-quality benchmark (tests/search-quality, 52 queries): a grid over each weight moved MRR@10
    /// between 0.962 and 0.971 with recall@3 at 1.00; aliases at 6 (title above it at 8) and summary at 2
    /// gave the best, chiefly by ranking the page whose aliases name a drug above pages that discuss it.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, float> Boosts = new Dictionary<string, float>
    {
        [Title] = 8f,
        [Aliases] = 6f,
        [Summary] = 2f,
        [Headings] = 1.5f,
        [Glossary] = 1.2f,
        [Tags] = 1.2f,
        [Body] = 1f,
    };
}
