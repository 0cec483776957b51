using Dopamine.Content.Model;

namespace Dopamine.Content.Answers;

/// <summary>
/// The answer to a reader's question: the page that answers it, its best passages (best first), other pages that
/// answer part of it, and whether the reader asked for a dose (which the site never gives: the page's safety note
/// stands in for it).
/// </summary>
/// <param name="Terms">The analysed words of the question, to mark in the passages.</param>
public sealed record Answer(Article Page, IReadOnlyList<AnswerPassage> Passages, IReadOnlyList<Article> AlsoSee, bool AskedForDose,
    IReadOnlyCollection<string> Terms)
{
    /// <summary>
    /// The safety note that goes with the answer: the page's own, or for a dose question on a page without one, the
    /// site's word that it gives no doses; null when there is none.
    /// </summary>
    public (string Lead, string Text)? SafetyNote =>
        Page.Safety is { } topic ? SafetyNotes.For(topic) : AskedForDose ? SafetyNotes.NoDoses : null;
}
