using Dopamine.Content.Search;

namespace Dopamine.Content.Tests.Search;

/// <summary>The memory of recent answers: what readers asking the same thing at once, or again, cost.</summary>
public class RecentAnswersTests
{
    [Fact]
    public async Task ReadersAskingTheSameQuestionAtOnceWaitForOneAnswer()
    {
        var answers = new RecentAnswers<string, string>(capacity: 16);
        using var gate = new ManualResetEventSlim();
        var worked = 0;
        string Answer(string question)
        {
            Interlocked.Increment(ref worked);
            gate.Wait(TimeSpan.FromSeconds(10));
            return question.ToUpperInvariant();
        }

        // Whenever the other readers arrive, before the first answer is done or after it is kept, it is worked out once.
        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(() => answers.GetOrAdd("dopamine", Answer))).ToList();
        await Task.Delay(200);
        gate.Set();

        Assert.All(await Task.WhenAll(readers), answer => Assert.Equal("DOPAMINE", answer));
        Assert.Equal(1, worked);
    }

    [Fact]
    public void AFailedAnswerIsNotKept()
    {
        var answers = new RecentAnswers<string, string>(capacity: 16);
        var attempts = 0;
        string Answer(string question) => ++attempts == 1 ? throw new InvalidOperationException("index busy") : question;

        Assert.Throws<InvalidOperationException>(() => answers.GetOrAdd("reward", Answer));

        Assert.Equal("reward", answers.GetOrAdd("reward", Answer));
        Assert.Equal(2, attempts);
    }

    [Fact]
    public void AFullMemoryStartsAfresh()
    {
        var answers = new RecentAnswers<int, int>(capacity: 2);
        var worked = 0;
        int Answer(int n)
        {
            worked++;
            return n;
        }

        answers.GetOrAdd(1, Answer);
        answers.GetOrAdd(2, Answer);
        answers.GetOrAdd(3, Answer);   // full: emptied, then 3 kept
        answers.GetOrAdd(3, Answer);
        answers.GetOrAdd(1, Answer);   // forgotten when emptied

        Assert.Equal(4, worked);
    }
}
