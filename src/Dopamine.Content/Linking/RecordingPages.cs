using System.Collections;

namespace Dopamine.Content.Linking;

/// <summary>
/// The site's pages as one page's build sees them, noting every slug it looks up: the page must be built again
/// when one of those pages is added, removed, renamed or moved, and only then. Listing every page counts as
/// reading them all.
/// </summary>
internal sealed class RecordingPages(IReadOnlyDictionary<string, PageRef> pages) : IReadOnlyDictionary<string, PageRef>
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <summary>The slugs looked up, or null when every page was listed.</summary>
    public IReadOnlySet<string>? Read => ReadAll ? null : _read;

    private bool ReadAll { get; set; }

    public PageRef this[string key]
    {
        get
        {
            Note(key);
            return pages[key];
        }
    }

    public IEnumerable<string> Keys => Everything(pages.Keys);

    public IEnumerable<PageRef> Values => Everything(pages.Values);

    public int Count => Everything(pages).Count;

    public bool ContainsKey(string key)
    {
        Note(key);
        return pages.ContainsKey(key);
    }

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out PageRef value)
    {
        Note(key);
        return pages.TryGetValue(key, out value);
    }

    public IEnumerator<KeyValuePair<string, PageRef>> GetEnumerator() => Everything(pages).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Note(string key) => _read.Add(key);

    private T Everything<T>(T all)
    {
        ReadAll = true;
        return all;
    }
}
