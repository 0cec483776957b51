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

    /// <param name="utf8">Bytes already checked to be valid UTF-8.</param>
    internal FileText(byte[] utf8) => _utf8 = utf8;

    /// <summary>The UTF-8 bytes, e.g. for hashing.</summary>
    public ReadOnlySpan<byte> Utf8 => _utf8;

    /// <summary>The text as a string, decoded anew on each call.</summary>
    public string Decode() => Encoding.UTF8.GetString(_utf8);

    public bool Equals(FileText? other) => other is not null && (ReferenceEquals(this, other) || _utf8.AsSpan().SequenceEqual(other._utf8));

    public override bool Equals(object? obj) => Equals(obj as FileText);

    // Files of equal length are compared in full; hashing them all would cost more than it saves.
    public override int GetHashCode() => _utf8.Length;

    public static bool operator ==(FileText? left, FileText? right) => left?.Equals(right) ?? right is null;

    public static bool operator !=(FileText? left, FileText? right) => !(left == right);
}
