namespace Dopamine.Content.Answers;

/// <summary>One word of a question, as its stems and the stems of each phrase it may also stand for (synonyms).</summary>
internal sealed record QuestionWord(string Word, IReadOnlyList<string> Stems, IReadOnlyList<IReadOnlyList<string>> Alternatives);
