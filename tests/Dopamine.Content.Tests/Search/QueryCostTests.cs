using Dopamine.Content.Search;
using Lucene.Net.Search;

namespace Dopamine.Content.Tests.Search;

/// <summary>Reader input that would make Lucene expand terms across the whole index many times over.</summary>
public class QueryCostTests
{
    private static readonly QueryBuilder Builder = new(SearchFields.Boosts, new SynonymTable([]));

    [Fact]
    public void AFewFuzzyOrWildcardTermsAreSearchedAsSyntax()
    {
        var plan = Builder.Build("reward~ dopa* pain~", prefixLastWord: true);

        Assert.Contains(Flatten(plan.Query!), q => q is FuzzyQuery);
    }

    [Theory]
    [InlineData("reward~ reward~ reward~ reward~ reward~ reward~ reward~ reward~ reward~ reward~")]
    [InlineData("d?pa r?ward c?ave m?tive p?in g?ut s?gar b?se")]
    public void ManyFuzzyOrWildcardTermsAreSearchedAsPlainWords(string input)
    {
        var plan = Builder.Build(input, prefixLastWord: true);

        Assert.DoesNotContain(Flatten(plan.Query!), q => q is FuzzyQuery or WildcardQuery);
    }

    private static IEnumerable<Query> Flatten(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.SelectMany(c => Flatten(c.Query)).Prepend(query),
        DisjunctionMaxQuery max => max.Disjuncts.SelectMany(Flatten).Prepend(query),
        _ => [query],
    };
}
