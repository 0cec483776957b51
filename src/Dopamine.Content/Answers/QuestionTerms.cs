using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Dopamine.Content.Answers;

/// <summary>
/// How much of a question a page covers: each analysed word of the question weighs its rarity across the pages
/// (inverse document frequency), so "dopamine", which every page uses, weighs almost nothing and "bupropion" or
/// "syndrome" weigh a lot. A page covers a word when any of its fields holds the word or one of its synonyms.
/// </summary>
internal sealed class QuestionTerms(IndexReader pages, IReadOnlyList<string> fields)
{
    /// <summary>The rarity of a term across the pages; a term no page uses weighs most.</summary>
    public double Weight(string term)
    {
        var documentFrequency = fields.Max(field => pages.DocFreq(new Term(field, term)));
        var count = Math.Max(1, pages.NumDocs);
        return Math.Log(1 + ((count - documentFrequency + 0.5) / (documentFrequency + 0.5)));
    }

    /// <summary>Whether any page holds <paramref name="term"/> in any field.</summary>
    public bool AnyPageHas(string term) => fields.Any(field => pages.DocFreq(new Term(field, term)) > 0);

    /// <summary>The weight of a word half the pages use.</summary>
    public double WeightAtHalfThePages => Math.Log(1 + ((Math.Max(1, pages.NumDocs) / 2.0) + 0.5) / ((Math.Max(1, pages.NumDocs) / 2.0) + 0.5));

    /// <summary>Whether the page document <paramref name="doc"/> holds <paramref name="term"/> in any field.</summary>
    public bool PageHas(int doc, string term)
    {
        var bytes = new BytesRef(term);
        var liveDocs = MultiFields.GetLiveDocs(pages);
        foreach (var field in fields)
        {
            var docs = MultiFields.GetTermDocsEnum(pages, liveDocs, field, bytes);
            if (docs is not null && docs.Advance(doc) == doc)
            {
                return true;
            }
        }

        return false;
    }
}
