using Dopamine.Content.Search;

namespace Dopamine.Content.Tests.Search;

/// <summary>The typo measure behind "did you mean" and typo-tolerant suggestions.</summary>
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("dopamine", "dopamine", 0)]
    [InlineData("dopamine", "dopamin", 1)]
    [InlineData("dopamine", "dopamines", 1)]
    [InlineData("dopamine", "dopanine", 1)]
    [InlineData("dopamine", "dopmaine", 1)]
    [InlineData("parkinsons", "parkisnons", 1)]
    [InlineData("reward", "rewadr", 1)]
    [InlineData("craving", "carvign", 2)]
    [InlineData("", "ab", 2)]
    [InlineData("ab", "", 2)]
    [InlineData("", "", 0)]
    public void CountsInsertionsDeletionsSubstitutionsAndAdjacentSwapsAsOneEditEach(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b, limit: 3));
        Assert.Equal(expected, EditDistance.Between(b, a, limit: 3));
    }

    [Theory]
    [InlineData("dopamine", "serotonin", 2)]
    [InlineData("glutamate", "dopamine", 1)]
    [InlineData("a", "bcdefgh", 2)]
    public void WordsFurtherApartThanTheLimitAreReportedBeyondIt(string a, string b, int limit)
    {
        Assert.True(EditDistance.Between(a, b, limit) > limit);
    }

    [Fact]
    public void AgreesWithTheFullCalculationWithinTheLimitOnRandomWords()
    {
        var random = new Random(17);
        for (var n = 0; n < 2_000; n++)
        {
            var a = RandomWord(random);
            var b = random.Next(3) == 0 ? RandomWord(random) : Mutate(a, random);
            var limit = random.Next(1, 4);
            var full = Reference(a, b);

            var bounded = EditDistance.Between(a, b, limit);

            if (full <= limit)
            {
                Assert.True(full == bounded, $"'{a}' / '{b}' limit {limit}: {bounded}, expected {full}");
            }
            else
            {
                Assert.True(bounded > limit, $"'{a}' / '{b}' limit {limit}: {bounded}, expected over the limit ({full})");
            }
        }
    }

    [Fact]
    public void LongWordsBeyondTheStackBufferWork()
    {
        var a = new string('a', 80) + "dopamine";
        var b = new string('a', 80) + "dopmaine";

        Assert.Equal(1, EditDistance.Between(a, b, limit: 2));
    }

    [Theory]
    [InlineData("pain", 1)]
    [InlineData("sugar", 1)]
    [InlineData("reward", 2)]
    [InlineData("dopamine", 2)]
    public void ShortWordsAllowOneEditAndLongerOnesTwo(string word, int allowed)
    {
        Assert.Equal(allowed, EditDistance.AllowedFor(word));
    }

    private static string RandomWord(Random random) =>
        new([.. Enumerable.Range(0, random.Next(0, 10)).Select(_ => (char)('a' + random.Next(4)))]);

    private static string Mutate(string word, Random random)
    {
        var chars = word.ToList();
        for (var edits = random.Next(0, 4); edits > 0; edits--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(4))
            {
                case 0: chars.Insert(at, (char)('a' + random.Next(4))); break;
                case 1 when at < chars.Count: chars.RemoveAt(at); break;
                case 2 when at < chars.Count: chars[at] = (char)('a' + random.Next(4)); break;
                case 3 when at + 1 < chars.Count: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
            }
        }

        return new string([.. chars]);
    }

    // Textbook optimal string alignment, with the whole table and no limit.
    private static int Reference(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
