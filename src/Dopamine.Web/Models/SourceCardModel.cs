using Dopamine.Content.Model;

namespace Dopamine.Web.Models;

/// <summary>What a source card shows: the source, its episode for a clip, and how this page cites it.</summary>
public sealed record SourceCardModel(Source Source, Source? Episode, int? Number, IReadOnlyList<string> Locators)
{
    /// <summary>Whether the card links to the source's own page (not wanted on that page itself).</summary>
    public bool LinkToSourcePage { get; init; }

    public static SourceCardModel For(CitedSource cited, ContentSet content) =>
        new(cited.Source, EpisodeOf(cited.Source, content), cited.Number, cited.Locators);

    public static SourceCardModel For(Source source, ContentSet content) =>
        new(source, EpisodeOf(source, content), null, []) { LinkToSourcePage = true };

    private static Source? EpisodeOf(Source source, ContentSet content) =>
        source.Episode is { } id ? content.Sources.GetValueOrDefault(id) : null;
}
