using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using Dopamine.Content.Diagnostics;

namespace Dopamine.Content.Loading;

/// <summary>
/// Reads content files as strict UTF-8, remembers the last version of each that parsed, and hashes exactly
/// the text that ends up published, so the content version changes when and only when the site does. A file whose
/// size and time are as when the last load read it is not read again, and a text parsed by the last load is not
/// parsed again when the caller says the parse depends on the text alone.
/// </summary>
internal sealed class ContentFileReader(string root, IReadOnlyDictionary<string, FileText> lastGood,
    IReadOnlyDictionary<string, ParsedFile>? lastParsed = null)
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    /// <summary>The largest page read, 1 MB: a page is a few KB, and a larger file is a mistake that would slow every reload.</summary>
    public const int MaxPageBytes = 1024 * 1024;

    /// <summary>
    /// The largest registry read (sources, glossary, tags, synonyms, home), 32 MB. Unlike a page, a registry grows
    /// with the site: sources.yml holds about one source per four pages, 3.3 MB at 50,000 pages.
    /// </summary>
    public const int MaxRegistryBytes = 32 * 1024 * 1024;

    // Pages are read side by side, so the published texts are collected concurrently and sorted when hashed.
    private readonly ConcurrentDictionary<string, FileText> _published = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ParsedFile> _parsed = new(StringComparer.Ordinal);

    /// <summary>True when the file is there; optional files (glossary, home) may be absent.</summary>
    public bool Exists(string relativePath) => File.Exists(Path.Combine(root, relativePath));

    /// <summary>The content root's folder name, so paths read like <c>content/topics/x.md</c>.</summary>
    public string DisplayPath(string relativePath) =>
        Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(root)), relativePath).Replace('\\', '/');

    /// <summary>The file's text, or null with a diagnostic when it cannot be read, is too large, not UTF-8, or a refused link.</summary>
    private FileText? ReadText(string relativePath, FileStamp? listed, FileDiagnostics problems)
    {
        // A file the folder listing showed as no link, with the size and time the last load read: not opened at all.
        // Opening, stamping and closing each of 10,000 unchanged pages was a fifth of a reload.
        if (listed is { } stamped && UnchangedSinceRead(relativePath, stamped) is { } unchanged)
        {
            return unchanged;
        }

        var path = Path.Combine(root, relativePath);
        if (SymbolicLinks.Refusal(root, path) is { } refusal)
        {
            problems.ReportFile(DiagnosticCodes.RefusedSymbolicLink, refusal);
            return null;
        }

        byte[] bytes;
        FileStamp stamp;
        try
        {
            // The stamp is taken from the opened file, so a linked page is judged by the file it leads to.
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stamp = FileStamp.Of(handle);
            if (UnchangedSinceRead(relativePath, stamp) is { } known)
            {
                return known;
            }

            if (TooLarge(relativePath, stamp.Length) is { } problem)
            {
                problems.ReportFile(DiagnosticCodes.FileTooLarge, problem);
                return null;
            }

            bytes = new byte[stamp.Length];
            var filled = 0;
            while (filled < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(filled), filled) is > 0 and var count)
            {
                filled += count;
            }

            if (filled < bytes.Length)
            {
                // Cut short while being read: reported as unreadable like any failed read, and the last good text
                // stands until the change event that follows reads it again.
                throw new EndOfStreamException("The file changed while it was being read.");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.ReportFile(DiagnosticCodes.UnreadableFile, $"The file could not be read: {ex.Message}");
            return null;
        }

        if (Utf8.IsValid(bytes))
        {
            return new FileText(bytes.AsSpan().StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes, stamp);
        }

        var firstBad = 0;
        try
        {
            StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            firstBad = ex.Index;
        }

        problems.Report(DiagnosticCodes.UnreadableFile, LineAt(bytes, firstBad),
            "The file is not valid UTF-8 text: this line holds the first byte that is not. Save the file as UTF-8.");
        return null;
    }

    // The last good text, if the file still has the size and time it had when that text was read.
    private FileText? UnchangedSinceRead(string relativePath, FileStamp now) =>
        lastGood.GetValueOrDefault(relativePath) is { Stamp: { } read } known && read.Unchanged(now) ? known : null;

    private static string? TooLarge(string relativePath, long length)
    {
        var page = relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        var limit = page ? MaxPageBytes : MaxRegistryBytes;
        if (length <= limit)
        {
            return null;
        }

        return page
            ? $"The file is {length / 1024:N0} KB; a page may be at most {limit / 1024:N0} KB. Split it into several pages."
            : $"The file is {length / 1024:N0} KB; a registry may be at most {limit / 1024:N0} KB.";
    }

    private static int LineAt(byte[] bytes, int index) => 1 + bytes.AsSpan(0, Math.Clamp(index, 0, bytes.Length)).Count((byte)'\n');

    /// <summary>
    /// Reads and parses a file. When it cannot be read or parsed, its problems are reported and its last good
    /// version is parsed instead, so a bad edit never takes published content down. Null if there is none.
    /// </summary>
    /// <param name="parse">Returns null, having reported why, when the text is not usable.</param>
    /// <param name="diagnostics">Where the file's problems are added, after any read earlier.</param>
    /// <param name="textOnly">True when the parse depends on nothing but the text and the file's name, so the last
    /// load's result for the same text can stand (with the problems it reported).</param>
    public T? ReadParsed<T>(string relativePath, Func<string, FileDiagnostics, T?> parse, List<Diagnostic> diagnostics,
        bool textOnly = false)
        where T : class =>
        ReadParsed(relativePath, (FileText text, FileDiagnostics problems) => parse(text.Decode(), problems), diagnostics, textOnly);

    /// <inheritdoc cref="ReadParsed{T}(string, Func{string, FileDiagnostics, T}, List{Diagnostic}, bool)"/>
    /// <param name="listed">The file's stamp from the folder listing, only for a file that is no symbolic link (a
    /// link's own stamp does not change when the file it leads to does).</param>
    public T? ReadParsed<T>(string relativePath, Func<FileText, FileDiagnostics, T?> parse, List<Diagnostic> diagnostics,
        bool textOnly = false, FileStamp? listed = null)
        where T : class
    {
        var problems = new FileDiagnostics(DisplayPath(relativePath));
        var text = ReadText(relativePath, listed, problems);
        var parsed = text is null ? null : Parse(relativePath, text, parse, problems, textOnly);
        diagnostics.AddRange(problems.Items);
        if (parsed is not null)
        {
            _published[relativePath] = text!;
            return parsed;
        }

        if (lastGood.GetValueOrDefault(relativePath) is not { } good)
        {
            return null;
        }

        _published[relativePath] = good;
        // The last good text parsed before; what it reports now was reported when it was published.
        return Parse(relativePath, good, parse, new FileDiagnostics(problems.File), textOnly);
    }

    private T? Parse<T>(string relativePath, FileText text, Func<FileText, FileDiagnostics, T?> parse, FileDiagnostics problems,
        bool textOnly)
        where T : class
    {
        if (textOnly && lastParsed?.GetValueOrDefault(relativePath) is { Result: T result } known && known.Text == text)
        {
            problems.AddRange(known.Problems);
            _parsed[relativePath] = known;
            return result;
        }

        // The parse's own problems are kept apart from the read's, so a reuse repeats exactly what the parse said.
        var parseProblems = new FileDiagnostics(problems.File);
        var parsed = parse(text, parseProblems);
        problems.AddRange(parseProblems.Items);
        if (textOnly && parsed is not null)
        {
            _parsed[relativePath] = new ParsedFile(text, parsed, parseProblems.Items);
        }

        return parsed;
    }

    public IReadOnlyDictionary<string, FileText> Published => _published;

    /// <summary>What this load parsed from texts alone, for the next load to reuse.</summary>
    public IReadOnlyDictionary<string, ParsedFile> Parsed => _parsed;

    /// <summary>A short hash of every published file's path and text (by the text's own hash, kept across loads).</summary>
    public string Version()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, text) in _published.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path));
            hash.AppendData([0]);
            hash.AppendData(text.Hash);
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}

/// <summary>A file's text and what was parsed from it, with the problems the parse reported.</summary>
internal sealed record ParsedFile(FileText Text, object Result, IReadOnlyList<Diagnostic> Problems);
