namespace Dopamine.Content.Model;

/// <summary>The text of each standard safety note, in one place for the page, the answer card and the JSON answer.</summary>
public static class SafetyNotes
{
    /// <summary>The note's bold lead and its text.</summary>
    public static (string Lead, string Text) For(SafetyTopic topic) => topic switch
    {
        SafetyTopic.Addiction => ("If this is about you or someone close to you:",
            "addiction is treatable. A doctor, a local addiction service or a national health service can help you find support; "
            + "in an emergency, call your local emergency number."),
        SafetyTopic.Medication => ("About medication:",
            "this page explains how medicines act; it is not dosing advice. Do not start, stop or change a prescription without "
            + "talking to the clinician who prescribes it."),
        SafetyTopic.Supplements => ("About supplements:",
            "supplements can interact with prescription medicines, and what a product contains can differ from its label. Ask a "
            + "doctor or pharmacist before taking one."),
        SafetyTopic.Cold => ("About cold exposure:",
            "sudden immersion in cold water can trigger cold shock and dangerous heart rhythms, and can cause drowning. People with "
            + "heart disease, high blood pressure or other conditions should ask a doctor first; never do it alone."),
        _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, "No note is written for this topic."),
    };

    /// <summary>What a dose question gets when its page has no note of its own.</summary>
    public static (string Lead, string Text) NoDoses { get; } = ("About doses:",
        "this site explains how things act on dopamine; it gives no doses. Ask a doctor or pharmacist what is safe for you.");
}
