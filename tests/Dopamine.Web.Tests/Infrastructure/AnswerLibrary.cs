namespace Dopamine.Web.Tests.Infrastructure;

/// <summary>Three small pages with key points, sections and citations, for testing answers.</summary>
public static class AnswerLibrary
{
    public static Dictionary<string, string> Files() => new()
    {
        ["sources.yml"] = """
            - id: paper-a
              type: paper
              title: Caffeine and striatal receptors
              authors: [Doe J, Poe L, Moe K]
              year: 2001
              journal: Journal of Tests
            - id: paper-b
              type: paper
              title: Adenosine receptors as caffeine's target
              authors: [Roe K]
              year: 2002
              journal: Journal of Effort
            """,
        ["questions/caffeine-and-dopamine.md"] = """
            ---
            title: Does caffeine increase dopamine?
            summary: Probably not directly; 300 mg of caffeine made striatal receptors more available instead of releasing dopamine.
            tags: [basics]
            related: []
            reviewed: 2026-11-01
            evidence: moderate
            evidence_note: One PET study.
            safety: medication
            ---

            ## Key points

            1. **Receptors, not release.** In a scan of twenty adults, 300 mg of caffeine raised receptor availability in the striatum [@paper-a].
            2. **Adenosine is the target.** Caffeine works by blocking the adenosine receptor, which lifts a brake on signalling [@paper-b].

            ## What the scan measured

            The tracer competes with the messenger for the same receptors, so more binding means less release [@paper-a].
            """,
        ["questions/cold-water-and-mood.md"] = """
            ---
            title: Does cold water lift your mood?
            summary: Cold water raises noradrenaline in the blood; its effect on mood is less clear.
            tags: [basics]
            related: []
            reviewed: 2026-11-01
            ---

            ## Key points

            1. **Noradrenaline rises.** An hour in cold water raised blood noradrenaline in ten men [@paper-a].
            2. **Mood is less clear.** Swimmers report feeling better, but few trials compare them with controls [@paper-b].
            """,
        ["topics/glutamate-co-release.md"] = """
            ---
            title: Glutamate co-release
            summary: Some midbrain neurons release glutamate as well as their main messenger.
            tags: [basics]
            related: []
            reviewed: 2026-11-01
            ---

            ## Key points

            1. **Two messengers.** Some neurons of the midbrain release glutamate beside their main messenger [@paper-a].
            2. **Fast and slow.** Glutamate acts within milliseconds, the slower messenger over seconds [@paper-b].
            """,
    };
}
