using Dopamine.Content.Text;

namespace Dopamine.Content.Linking;

/// <summary>Finds the sentence around a span of text, for "Linked from" snippets.</summary>
internal static class SentenceFinder
{
    /// <summary>Splits the sentence holding <paramref name="span"/> into the text before, the span, and after.</summary>
    /// <param name="quoted">Ranges whose punctuation never ends a sentence, such as other links' labels.</param>
    public static (string Before, string Span, string After) Around(string text, Range span, IReadOnlyList<Range> quoted)
    {
        var (start, end) = (span.Start.GetOffset(text.Length), span.End.GetOffset(text.Length));
        bool EndsSentence(int i) => Sentences.EndsAt(text, i) && !quoted.Any(q => i >= q.Start.Value && i < q.End.Value);
        var sentenceStart = start;
        while (sentenceStart > 0 && !EndsSentence(sentenceStart - 1))
        {
            sentenceStart--;
        }

        var sentenceEnd = end;
        while (sentenceEnd < text.Length && !EndsSentence(sentenceEnd))
        {
            sentenceEnd++;
        }

        sentenceEnd = Math.Min(text.Length, sentenceEnd + 1);
        return (text[sentenceStart..start].TrimStart(), text[start..end], text[end..sentenceEnd].TrimEnd());
    }
}
