namespace Dopamine.Content.Model;

/// <summary>How strong the evidence behind a page's answer is.</summary>
public enum EvidenceLevel
{
    /// <summary>Replicated, consistent findings.</summary>
    Strong,
    /// <summary>Good evidence with gaps (e.g. indirect human data).</summary>
    Moderate,
    /// <summary>Early, small or animal-only findings.</summary>
    Emerging,
    /// <summary>Researchers disagree.</summary>
    Contested,
}
