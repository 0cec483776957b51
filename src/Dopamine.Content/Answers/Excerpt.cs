using Dopamine.Content.Text;

namespace Dopamine.Content.Answers;

/// <summary>
/// The part of a long passage worth showing: the run of whole sentences, up to a length, that holds most of the
/// searched words. It always starts and ends at a sentence boundary, never mid-sentence.
/// </summary>
internal static class Excerpt
{
    public static Range Best(string text, IReadOnlyCollection<string> stems, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return 0..text.Length;
        }

        var sentences = Sentences.Split(text);
        if (sentences.Count == 0)
        {
            return 0..text.Length;
        }

        var hits = sentences.Select(s => Hits(text[s], stems)).ToList();
        var (best, bestHits) = (0..0, -1);
        for (var first = 0; first < sentences.Count; first++)
        {
            var (last, count) = (first, hits[first]);
            while (last + 1 < sentences.Count && sentences[last + 1].End.Value - sentences[first].Start.Value <= maxLength)
            {
                last++;
                count += hits[last];
            }

            if (count > bestHits)
            {
                (best, bestHits) = (sentences[first].Start..sentences[last].End, count);
            }
        }

        return best;
    }

    // How many words of the sentence start with a searched stem (the term marker's rule).
    private static int Hits(string sentence, IReadOnlyCollection<string> stems)
    {
        var count = 0;
        for (var next = Words.Next(sentence, 0); next is var (start, length); next = Words.Next(sentence, start + length))
        {
            if (TermMarker.Matches(sentence.AsSpan(start, length), stems))
            {
                count++;
            }
        }

        return count;
    }
}
