using System.Text;
using Lucene.Net.QueryParsers.Classic;

namespace Dopamine.Content.Search;

/// <summary>
/// Reduces whatever a reader typed to plain words that the query parser cannot reject: used when the
/// input is not valid Lucene syntax (<c>"unclosed</c>, <c>AND OR (</c>, <c>title:</c>).
/// </summary>
public static class PlainQuery
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "TO" };

    /// <summary>The words of <paramref name="input"/>, escaped, with Lucene operators lower-cased into plain words.</summary>
    public static string From(string input)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in input.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                var w = word.ToString();
                words.Add(Operators.Contains(w) ? w.ToLowerInvariant() : QueryParserBase.Escape(w));
                word.Clear();
            }
        }

        return string.Join(' ', words);
    }
}
