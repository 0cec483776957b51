using Dopamine.Content.Text;

namespace Dopamine.Content.Answers;

/// <summary>
/// Whether a question asks how much of something to take. The site gives no doses: such a question gets its page's
/// safety note, and no passage that states an amount.
/// </summary>
internal static class DoseQuestion
{
    private static readonly HashSet<string> DoseWords = new(StringComparer.Ordinal)
    {
        "dose", "doses", "dosage", "dosages", "dosing", "mg", "milligram", "milligrams", "microgram", "micrograms", "mcg",
    };

    private static readonly HashSet<string> TakingWords = new(StringComparer.Ordinal) { "take", "taking", "use", "drink", "have", "need" };

    /// <summary>Whether a word only frames a dose question ("dose", "much", "take") rather than naming what it is about.</summary>
    public static bool IsFraming(string word) => DoseWords.Contains(word) || TakingWords.Contains(word) || word is "much" or "many";

    public static bool Asks(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Any(DoseWords.Contains))
        {
            return true;
        }

        // "how much caffeine should I take", "how many mg", "how much l-tyrosine to take"
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == "how" && words[i + 1] is "much" or "many" && words.Skip(i + 2).Any(TakingWords.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a text states an amount ("300 mg", "2 g", "100 micrograms").</summary>
    public static bool StatesAmount(string text)
    {
        var words = Words.Split(text);
        for (var i = 1; i < words.Count; i++)
        {
            if (DoseWords.Contains(words[i]) || words[i] is "g" or "grams" or "µg")
            {
                if (words[i - 1].All(char.IsAsciiDigit))
                {
                    return true;
                }
            }
        }

        return words.Any(w => w.Length > 2 && w.EndsWith("mg", StringComparison.Ordinal) && w[..^2].All(char.IsAsciiDigit));
    }
}
