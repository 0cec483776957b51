namespace Dopamine.Content.Answers;

/// <summary>
/// The words of a typed question that only frame it ("can I get", "what does", "should my"): they say nothing about
/// which page answers, and since pages are written in the third person, words like "my" or "get" are rare in them and
/// would otherwise weigh as if they mattered most. Lucene's English stop words already drop "the", "is", "and".
/// </summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "mine", "myself", "we", "us", "our", "you", "your", "yours", "yourself", "he", "him", "his", "she", "her",
        "its", "them", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "do", "does", "did", "doing", "done",
        "can", "could", "should", "would", "shall", "may", "might", "must", "have", "has", "had", "having", "am", "been", "being",
        "get", "gets", "got", "getting", "really", "actually", "just", "so", "very", "any", "some", "about", "from",
        "than", "also", "all", "out", "up", "anything", "something", "thing", "things", "there", "here", "ever", "still",
        "does", "doesn't", "don't", "isn't", "can't", "i'm", "it's", "what's", "whats", "im", "dont", "doesnt", "cant", "ok",
        "please", "tell", "explain", "mean", "means", "someone", "people", "person", "lot",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
