using System.Globalization;
using System.Text;

namespace Dopamine.Web.Tests.Infrastructure;

/// <summary>
/// Deterministic hostile inputs for URLs: a seeded generator, so a failure names the seed and the exact URL
/// and replays the same way. Text pieces are percent-encoded as UTF-8 (a lone surrogate as its invalid
/// three-byte form); raw pieces are already-encoded tricks inserted into the URL as they are.
/// </summary>
public sealed class FuzzInputs(int seed)
{
    /// <summary>Set DOPAMINE_FUZZ_SEED to replay or widen a run; the default keeps CI deterministic.</summary>
    public static int SeedFromEnvironment(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("DOPAMINE_FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : fallback;

    /// <summary>Input that would run as script if a page echoed it unencoded; <see cref="FuzzChecks"/> looks for it.</summary>
    public static readonly string[] Markup =
    [
        "<script>fuzzAlert(1)</script>", "<img src=x onerror=fuzzAlert(1)>", "\"><svg onload=fuzzAlert(1)>",
        "'><b id=fuzzmark>x</b>", "javascript:fuzzAlert(1)", "</title><script>fuzzAlert(1)</script>",
        "</textarea><script>fuzzAlert(1)</script>", "<!--", "]]>", "&lt;", "&amp;#x3C;", "{{7*7}}", "@(1+1)",
    ];

    private static readonly string[] Words =
        ["dopamine", "reward", "craving", "motivation", "glutamate", "pleasure", "pain", "caffeine", "the", "and", "of", "x"];

    private static readonly string[] Lucene =
    [
        "AND", "OR", "NOT", "AND OR (", "(", ")", "((", "field:x", "title:dopamine", "body:", ":", "*", "?", "*ine", "?opamine",
        "dopa*", "~", "reward~", "reward~2", "\"reward pain\"~3", "^", "reward^4", "^^", "\"", "\"unclosed", "\\", "\\\\",
        "[a TO]", "[a TO z]", "{a TO z}", "[* TO *]", "/regex/", "/[a-z/", "/.*/", "+", "-", "+-", "&&", "||", "!", "NOT NOT",
    ];

    private static readonly string[] Unicode =
    [
        "\u200F", "\u200E", "\u202E", "\u2066", "e\u0301", "a\u0336\u0336\u0336", "Z\u0351\u0352\u0353\u0354\u0355\u0356",
        "\U0001F600", "\U0001F469\u200D\U0001F52C", "\U0001F1FA\U0001F1F8", "\uD800", "\uDC00", "\uDBFF\uD800", "\0", "\u0001",
        "\u001B[31m", "\u007F", "\u0085", "\u2028", "\uFEFF", "\uFFFD", "\uFFFF", "ß", "İ", "ﬁ", "日本語", "مرحبا بالعالم",
        "\t", "\r\n", " ", "\u00A0", "\u3000",
    ];

    private static readonly string[] Raw =
    [
        "..%2f", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%2e%2e%2f", "%2E%2E%5C", "%c0%ae%c0%ae", "%c0%af", "%ff%fe", "%ff",
        "%fe%ff", "%e2%82", "%ed%a0%80", "%f4%90%80%80", "%00", "%25", "%2500", "%", "%g0", "%%", "+", "%2b", "%20", "%0d%0a",
        "..%5c", "%5c", ";", "%3b", "%23", "%3f",
    ];

    private static readonly string[] OddNumbers =
    [
        "-1", "0", "1", "2", "3", "10", "50", "51", "10000", "10001", "999999999999", "2147483647", "2147483648", "-2147483648",
        "-2147483649", "1e9", "1E9", "abc", "", "1.5", "0x10", "+1", "%201", "%00", "%d9%a1", "NaN", "Infinity", "1,000", "٣",
    ];

    private readonly Random _random = new(seed);

    public int Seed => seed;

    /// <summary>A query-string value: mostly short mixes, sometimes past 10,000 characters.</summary>
    public string QueryValue() => _random.Next(20) == 0 ? Long() : Mix(_random.Next(1, 6));

    /// <summary>
    /// A path segment: like a query value, with slugs that exist and their near misses mixed in. No NUL: the
    /// in-memory test server throws on one in a path before the app sees it (Kestrel answers it with 400).
    /// </summary>
    public string Segment(IReadOnlyList<string> known) => (_random.Next(6) switch
    {
        0 => Pick(known),
        1 => Encode(Mutate(Pick(known))),
        2 => Long(),
        _ => Mix(_random.Next(1, 4)),
    }).Replace("%00", "%01", StringComparison.Ordinal);

    /// <summary>A page, limit or offset value, or the same parameter repeated.</summary>
    public string Number(string name) => _random.Next(10) switch
    {
        0 => $"{Pick(OddNumbers)}&{name}={Pick(OddNumbers)}",
        1 => new string('9', 500),
        _ => Pick(OddNumbers),
    };

    public bool Chance(int oneIn) => _random.Next(oneIn) == 0;

    private string Mix(int pieces)
    {
        var url = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            url.Append(_random.Next(6) switch
            {
                0 => Encode(Pick(Lucene)),
                1 => Encode(Pick(Unicode)),
                2 => Encode(Pick(Markup)),
                3 => Pick(Raw),
                _ => Encode(Pick(Words)),
            });
            url.Append(_random.Next(3) == 0 ? "" : "%20");
        }

        return url.ToString();
    }

    private string Long()
    {
        var piece = _random.Next(3) switch { 0 => Pick(Words) + " ", 1 => Pick(Lucene) + " ", _ => Pick(Markup) };
        var text = new StringBuilder();
        while (text.Length < 10_000 + _random.Next(2_000))
        {
            text.Append(piece);
        }

        return Encode(text.ToString());
    }

    private string Mutate(string slug) => _random.Next(4) switch
    {
        0 => slug.ToUpperInvariant(),
        1 => slug + Pick(Unicode),
        2 => slug[..Math.Max(1, slug.Length - 1)],
        _ => "../" + slug,
    };

    private string Pick(IReadOnlyList<string> items) => items[_random.Next(items.Count)];

    /// <summary>Percent-encodes every code point but the unreserved ASCII ones, as UTF-8 (WTF-8 for lone surrogates).</summary>
    public static string Encode(string text)
    {
        var url = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                url.Append(c);
                continue;
            }

            var codePoint = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? char.ConvertToUtf32(c, text[++i])
                : c;
            foreach (var b in Utf8Bytes(codePoint))
            {
                url.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return url.ToString();
    }

    private static byte[] Utf8Bytes(int codePoint) => codePoint switch
    {
        < 0x80 => [(byte)codePoint],
        < 0x800 => [(byte)(0xC0 | (codePoint >> 6)), (byte)(0x80 | (codePoint & 0x3F))],
        < 0x10000 => [(byte)(0xE0 | (codePoint >> 12)), (byte)(0x80 | ((codePoint >> 6) & 0x3F)), (byte)(0x80 | (codePoint & 0x3F))],
        _ => [(byte)(0xF0 | (codePoint >> 18)), (byte)(0x80 | ((codePoint >> 12) & 0x3F)), (byte)(0x80 | ((codePoint >> 6) & 0x3F)),
            (byte)(0x80 | (codePoint & 0x3F))],
    };
}
