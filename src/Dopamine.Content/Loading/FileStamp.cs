using System.IO.Enumeration;
using Microsoft.Win32.SafeHandles;

namespace Dopamine.Content.Loading;

/// <summary>
/// A file's size and last-write time, and when they were taken. A reload skips reading a file whose stamp has not
/// changed: with thousands of pages, reading every file was most of the time an edit took to go live.
/// </summary>
internal readonly record struct FileStamp(long Length, DateTime LastWriteUtc, DateTime TakenUtc)
{
    // Some file systems keep times to the second or two. A file written that close to when it was read could be
    // written again without its time changing, so it is read again rather than trusted (git does the same).
    private static readonly TimeSpan Resolution = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The stamp of an opened file: of the file a link leads to, not of the link (whose own size and time do not
    /// change when the file it leads to is edited).
    /// </summary>
    public static FileStamp Of(SafeFileHandle file)
    {
        var taken = DateTime.UtcNow;
        return new FileStamp(RandomAccess.GetLength(file), File.GetLastWriteTimeUtc(file), taken);
    }

    /// <summary>The stamp a folder listing gives a file. Only for a file that is no symbolic link: a link's entry is the link's own.</summary>
    public static FileStamp Of(ref FileSystemEntry listed)
    {
        var taken = DateTime.UtcNow;
        return new FileStamp(listed.Length, listed.LastWriteTimeUtc.UtcDateTime, taken);
    }

    /// <summary>True when <paramref name="now"/> shows the same file as this stamp, written long enough before it was read.</summary>
    public bool Unchanged(FileStamp now) =>
        now.Length == Length && now.LastWriteUtc == LastWriteUtc && LastWriteUtc < TakenUtc - Resolution;
}
