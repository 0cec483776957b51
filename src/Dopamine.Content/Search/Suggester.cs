using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dopamine.Content.Search;

/// <summary>
/// As-you-type suggestions from page titles and aliases: every finished word must match, the last one as a
/// prefix; when nothing does, each word may be one or two edits off (a typo while typing).
/// </summary>
internal sealed class Suggester(IndexSearcher pages)
{
    public IReadOnlyList<string> Suggest(string typed, int count)
    {
        var words = QueryBuilder.Words(typed);
        if (words.Count == 0 || count <= 0)
        {
            return [];
        }

        var exact = Run(words, count, fuzzy: false);
        return exact.Count > 0 ? exact : Run(words, count, fuzzy: true);
    }

    private List<string> Run(List<string> words, int count, bool fuzzy)
    {
        var query = new BooleanQuery();
        for (var i = 0; i < words.Count; i++)
        {
            var term = new Term(SearchFields.Suggest, words[i]);
            Query word = i == words.Count - 1 ? new PrefixQuery(term) : new TermQuery(term);
            if (fuzzy)
            {
                word = new BooleanQuery { { word, Occur.SHOULD }, { new FuzzyQuery(term, words[i].Length <= 5 ? 1 : 2), Occur.SHOULD } };
            }

            query.Add(word, Occur.MUST);
        }

        return pages.Search(query, count).ScoreDocs.Select(d => pages.Doc(d.Doc).Get(SearchFields.Slug)).ToList();
    }
}
