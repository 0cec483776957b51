namespace Dopamine.Content.Text;

/// <summary>The one rule for where a sentence ends, shared by "Linked from" quotes, snippets and answer passages.</summary>
public static class Sentences
{
    /// <summary>
    /// Whether the character at <paramref name="i"/> ends a sentence: '.', '!' or '?' followed by whitespace or the end,
    /// except after a one-letter abbreviation such as "e.g." or an initial.
    /// </summary>
    public static bool EndsAt(string text, int i)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text[i] is not ('.' or '!' or '?'))
        {
            return false;
        }

        var atEnd = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]);
        var abbreviation = text[i] == '.' && i >= 2 && char.IsLetter(text[i - 1]) && text[i - 2] is '.' or ' ';
        return atEnd && !abbreviation;
    }

    /// <summary>The sentences of <paramref name="text"/> as ranges, each starting at its first non-space character.</summary>
    public static List<Range> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Range>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (EndsAt(text, i) || i == text.Length - 1)
            {
                while (start <= i && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                if (start <= i)
                {
                    sentences.Add(start..(i + 1));
                }

                start = i + 1;
            }
        }

        return sentences;
    }
}
