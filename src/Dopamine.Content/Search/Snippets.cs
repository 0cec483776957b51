using System.Net;
using Lucene.Net.Search.Highlight;

namespace Dopamine.Content.Search;

/// <summary>
/// The highlighted extract shown under a result: the best fragment of the matching section with the query's
/// terms in <c>&lt;mark&gt;</c>. Everything around the marks is HTML-encoded, so text from content or from
/// the query can never become markup.
/// </summary>
internal static class Snippets
{
    private const int FragmentLength = 200;

    /// <param name="stems">The analysed query terms to mark; plain term scoring keeps this cheap.</param>
    public static string Highlight(IReadOnlyCollection<string> stems, string text, string fallback)
    {
        var terms = stems.Select(s => new WeightedTerm(1f, s)).ToArray();
        var scorer = new QueryTermScorer(terms);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleFragmenter(FragmentLength),
        };
        var fragment = highlighter.GetBestFragment(Analyzers.English, SearchFields.Text, text);
        return string.IsNullOrEmpty(fragment) ? WebUtility.HtmlEncode(fallback) : fragment;
    }
}
