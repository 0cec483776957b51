namespace Dopamine.Web.Hosting;

/// <summary>
/// Marks a page whose output is not kept by <see cref="ContentOutputCachePolicy"/>: search results, whose
/// addresses are as many as the questions readers type, so keeping them would only churn the cache.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class UncachedOutputAttribute : Attribute;
