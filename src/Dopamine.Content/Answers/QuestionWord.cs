namespace Dopamine.Content.Answers;

/// <summary>
/// One word of a question, as its stems and the stems of each phrase it may also stand for (synonyms), and how much it
/// weighs in how much of the question a page covers.
/// </summary>
internal sealed record QuestionWord(string Word, IReadOnlyList<string> Stems, IReadOnlyList<IReadOnlyList<string>> Alternatives, double Weight);
