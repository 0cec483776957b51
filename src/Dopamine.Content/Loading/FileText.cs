using System.Security.Cryptography;
using System.Text;

namespace Dopamine.Content.Loading;

/// <summary>
/// A content file's text as read: valid UTF-8, without a byte-order mark. Loads keep every file's last good text,
/// so it stays in UTF-8 (half the size of a string) and is decoded only while a page is being built. Equal when the
/// bytes are, which is how a reload tells an unchanged file without decoding it.
/// </summary>
public sealed class FileText : IEquatable<FileText>
{
    private readonly byte[] _utf8;
    private byte[]? _hash;

    /// <param name="utf8">Bytes already checked to be valid UTF-8.</param>
    /// <param name="stamp">The file's size and time when it was read, if read from a file.</param>
    internal FileText(byte[] utf8, FileStamp? stamp = null) => (_utf8, Stamp) = (utf8, stamp);

    /// <summary>The file's size and time when it was read, so a reload can tell it has not changed without reading it.</summary>
    internal FileStamp? Stamp { get; }

    /// <summary>The UTF-8 bytes, e.g. for hashing.</summary>
    public ReadOnlySpan<byte> Utf8 => _utf8;

    /// <summary>The SHA-256 of the bytes, worked out once: the content version hashes these, not every file's text.</summary>
    internal byte[] Hash => _hash ??= SHA256.HashData(_utf8);

    /// <summary>The text as a string, decoded anew on each call.</summary>
    public string Decode() => Encoding.UTF8.GetString(_utf8);

    public bool Equals(FileText? other) => other is not null && (ReferenceEquals(this, other) || _utf8.AsSpan().SequenceEqual(other._utf8));

    public override bool Equals(object? obj) => Equals(obj as FileText);

    // Files of equal length are compared in full; hashing them all would cost more than it saves.
    public override int GetHashCode() => _utf8.Length;

    public static bool operator ==(FileText? left, FileText? right) => left?.Equals(right) ?? right is null;

    public static bool operator !=(FileText? left, FileText? right) => !(left == right);
}
