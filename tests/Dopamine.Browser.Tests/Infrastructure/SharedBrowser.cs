namespace Dopamine.Browser.Tests.Infrastructure;

/// <summary>The collection that makes browser test classes share one server and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
