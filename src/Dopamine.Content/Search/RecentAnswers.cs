using System.Collections.Concurrent;

namespace Dopamine.Content.Search;

/// <summary>
/// The answers to recent questions of one index, so the searches many readers type (and every keystroke of a
/// suggestion that others typed before) cost a look-up. Lives and dies with its index, so a reload starts afresh
/// and nothing stale is ever answered. Bounded by emptying when full: readers' questions repeat heavily, so the
/// popular ones are back within moments, and a flood of unique questions cannot grow memory.
/// </summary>
public sealed class RecentAnswers<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _answers = new();
    // Counted here: ConcurrentDictionary.Count takes every lock of the dictionary, which under a stream of new
    // questions made threads queue behind each other. Approximate when a clear races an add, which is harmless.
    private int _count;

    /// <summary>The kept answer to <paramref name="key"/>, or <paramref name="answer"/>'s, kept for next time.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> answer)
    {
        if (_answers.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = answer(key);
        if (Volatile.Read(ref _count) >= capacity)
        {
            _answers.Clear();
            Volatile.Write(ref _count, 0);
        }

        if (_answers.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
