using System.Collections.Concurrent;

namespace Dopamine.Content.Search;

/// <summary>
/// The answers to recent questions of one index, so the searches many readers type (and every keystroke of a
/// suggestion that others typed before) cost a look-up. Lives and dies with its index, so a reload starts afresh
/// and nothing stale is ever answered. Bounded by emptying when full: readers' questions repeat heavily, so the
/// popular ones are back within moments, and a flood of unique questions cannot grow memory.
/// </summary>
internal sealed class RecentAnswers<TKey, TValue>(int capacity)
    where TKey : notnull
{
    // A question asked again while its first asking is still being answered waits for that answer instead of working
    // it out once more: right after a start or a reload every popular search is new, and at 50,000 pages sixteen
    // readers asking the same ones at once each waited over a second behind copies of the same work.
    private readonly ConcurrentDictionary<TKey, Lazy<TValue>> _answers = new();
    // Counted here: ConcurrentDictionary.Count takes every lock of the dictionary, which under a stream of new
    // questions made threads queue behind each other. Approximate when a clear races an add, which is harmless.
    private int _count;

    /// <summary>The kept answer to <paramref name="key"/>, or <paramref name="answer"/>'s, kept for next time.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> answer)
    {
        if (_answers.TryGetValue(key, out var known))
        {
            return Await(key, known);
        }

        if (Volatile.Read(ref _count) >= capacity)
        {
            _answers.Clear();
            Volatile.Write(ref _count, 0);
        }

        var mine = new Lazy<TValue>(() => answer(key), LazyThreadSafetyMode.ExecutionAndPublication);
        var kept = _answers.GetOrAdd(key, mine);
        if (ReferenceEquals(kept, mine))
        {
            Interlocked.Increment(ref _count);
        }

        return Await(key, kept);
    }

    // A question whose answering failed is forgotten, so the next asking tries again rather than failing for good.
    private TValue Await(TKey key, Lazy<TValue> answer)
    {
        try
        {
            return answer.Value;
        }
        catch
        {
            _answers.TryRemove(new KeyValuePair<TKey, Lazy<TValue>>(key, answer));
            throw;
        }
    }
}
