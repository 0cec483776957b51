using YamlDotNet.Serialization;

namespace Dopamine.Content.Model;

/// <summary>One entry of <c>content/sources.yml</c>: an episode, clip, paper, review, book or web page.</summary>
public sealed record Source : IRegistryEntry
{
    /// <summary>The key used in citations, e.g. <c>schultz-1997</c>.</summary>
    public string Id { get; init; } = "";
    /// <summary>What kind of source this is.</summary>
    public SourceType Type { get; init; }
    /// <summary>Episode, clip, paper or book title.</summary>
    public string Title { get; init; } = "";
    /// <summary>Podcast name, for episodes.</summary>
    public string? Show { get; init; }
    /// <summary>Episode number, when confirmed.</summary>
    public int? Number { get; init; }
    /// <summary>Podcast host.</summary>
    public string? Host { get; init; }
    /// <summary>Podcast guest.</summary>
    public string? Guest { get; init; }
    /// <summary>Release or publication date.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Episode length, as <c>h:mm:ss</c>.</summary>
    public string? Duration { get; init; }
    /// <summary>Where to hear or read it.</summary>
    public string? Url { get; init; }
    /// <summary>For a clip: the id of its episode.</summary>
    public string? Episode { get; init; }
    /// <summary>For a clip: where it starts in the episode.</summary>
    public string? Start { get; init; }
    /// <summary>Authors as "Surname Initials".</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>Publication year.</summary>
    public int? Year { get; init; }
    /// <summary>Journal name.</summary>
    public string? Journal { get; init; }
    /// <summary>Journal volume.</summary>
    public string? Volume { get; init; }
    /// <summary>Page range or article number.</summary>
    public string? Pages { get; init; }
    /// <summary>Digital Object Identifier, without the resolver prefix.</summary>
    public string? Doi { get; init; }
    /// <summary>Book publisher.</summary>
    public string? Publisher { get; init; }
    /// <summary>Book ISBN.</summary>
    public string? Isbn { get; init; }
    /// <summary>A short editorial note shown on the card.</summary>
    public string? Note { get; init; }
    /// <summary>
    /// Where the link, duration and start time were found: the published page each came from, for editors
    /// checking them again. Never shown to readers.
    /// </summary>
    public List<string> Provenance { get; init; } = [];

    /// <summary>The line of sources.yml where this entry starts.</summary>
    [YamlIgnore]
    public int Line { get; init; }

    /// <inheritdoc/>
    [YamlIgnore]
    public string DisplayName => Title;

    /// <summary>The year to show: the explicit year, else the date's.</summary>
    [YamlIgnore]
    public int? DisplayYear => Year ?? Date?.Year;

    /// <summary>A link to the source: its URL, else its DOI resolver address.</summary>
    [YamlIgnore]
    public string? Link => Url ?? (Doi is null ? null : $"https://doi.org/{Doi}");

    /// <summary>The link opened at a position (<c>m:ss</c> or <c>h:mm:ss</c>) when it is a video that can start there.</summary>
    public string? LinkAt(string? position) => MomentLink.At(Link, position);

    /// <summary>True for primary papers and books, the literature every page must cite at least once.</summary>
    [YamlIgnore]
    public bool IsPrimaryLiterature => Type is SourceType.Paper or SourceType.Book;
}
