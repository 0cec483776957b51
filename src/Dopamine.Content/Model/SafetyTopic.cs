namespace Dopamine.Content.Model;

/// <summary>Which standard safety note a page shows, set by front matter <c>safety</c>.</summary>
public enum SafetyTopic
{
    /// <summary>Addiction and recovery: where to get help.</summary>
    Addiction,
    /// <summary>Prescription medication: don't change it without a prescriber.</summary>
    Medication,
    /// <summary>Supplements: interactions and quality.</summary>
    Supplements,
    /// <summary>Cold exposure: cold shock and who should avoid it.</summary>
    Cold,
}
