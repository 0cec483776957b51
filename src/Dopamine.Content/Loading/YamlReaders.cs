using System.Globalization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.Converters;
using YamlDotNet.Serialization.NamingConventions;

namespace Dopamine.Content.Loading;

/// <summary>The YamlDotNet deserializers, built once with our naming and date conventions.</summary>
internal static class YamlReaders
{
    /// <summary>Tolerates unknown keys: front matter reports them itself, with their lines.</summary>
    public static IDeserializer Lenient { get; } = Builder().IgnoreUnmatchedProperties().Build();

    /// <summary>Throws on unknown keys, with the line; used for registry entries.</summary>
    public static IDeserializer Strict { get; } = Builder().Build();

    private static DeserializerBuilder Builder() => new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithTypeConverter(new DateOnlyConverter(CultureInfo.InvariantCulture, false, "yyyy-MM-dd"))
        // The published model exposes read-only lists; YamlDotNet needs to be told what to build for one.
        .WithTypeMapping<IReadOnlyList<string>, List<string>>();
}
