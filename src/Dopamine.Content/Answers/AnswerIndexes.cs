using Dopamine.Content.Model;
using Dopamine.Content.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dopamine.Content.Answers;

/// <summary>What the answer finder reads of one snapshot's search indexes; built with the snapshot, never changed.</summary>
internal sealed class AnswerIndexes
{
    private readonly Dictionary<string, int> _pageDocs;

    public AnswerIndexes(ContentSet content, IndexSearcher pages, IndexSearcher sections, QueryBuilder pageQueries, QueryBuilder sectionQueries,
        SpellingDictionary spelling, SynonymTable synonyms, (string[] Pages, string[] Sections, string[] Anchors) documents)
    {
        (Content, Pages, Sections, PageQueries, SectionQueries, Spelling, Synonyms) = (content, pages, sections, pageQueries, sectionQueries, spelling, synonyms);
        (PageSlugs, SectionSlugs, SectionAnchors) = documents;
        _pageDocs = new Dictionary<string, int>(PageSlugs.Length, StringComparer.Ordinal);
        // A replaced page's deleted document keeps its slot until a merge: only live documents count.
        var live = MultiFields.GetLiveDocs(pages.IndexReader);
        for (var doc = 0; doc < PageSlugs.Length; doc++)
        {
            if (live is null || live.Get(doc))
            {
                _pageDocs[PageSlugs[doc]] = doc;
            }
        }

        Terms = new QuestionTerms(pages.IndexReader, SearchFields.Answerable);
        NameTerms = new QuestionTerms(pages.IndexReader, SearchFields.Names);
        PassageTerms = new QuestionTerms(sections.IndexReader, [SearchFields.Text]);
    }

    public ContentSet Content { get; }
    public IndexSearcher Pages { get; }
    public IndexSearcher Sections { get; }
    public QueryBuilder PageQueries { get; }
    public QueryBuilder SectionQueries { get; }
    public SpellingDictionary Spelling { get; }
    public SynonymTable Synonyms { get; }
    public string[] PageSlugs { get; }
    public string[] SectionSlugs { get; }
    public string[] SectionAnchors { get; }
    /// <summary>Rarity and presence of words in every field a page answers from.</summary>
    public QuestionTerms Terms { get; }
    /// <summary>Presence of words in a page's title and aliases: what the page as a whole is about.</summary>
    public QuestionTerms NameTerms { get; }
    /// <summary>Presence of words in a passage's own text (documents of the sections index).</summary>
    public QuestionTerms PassageTerms { get; }

    public int? PageDoc(string slug) => _pageDocs.TryGetValue(slug, out var doc) ? doc : null;
}
