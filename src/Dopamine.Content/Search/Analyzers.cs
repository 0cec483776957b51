using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Dopamine.Content.Search;

/// <summary>
/// The analyzer, shared by every index and request (it keeps per-thread token streams). Text fields use
/// English analysis: lower-casing, possessives, stop words and Porter stemming.
/// </summary>
internal static class Analyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer English { get; } = new EnglishAnalyzer(Version);

    /// <summary>The tokens <paramref name="analyzer"/> makes of <paramref name="text"/>.</summary>
    public static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(SearchFields.Body, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
