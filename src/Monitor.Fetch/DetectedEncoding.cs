using System.Text;

namespace Monitor.Fetch;

/// <summary>The encoding chosen for a body and why; <paramref name="PreambleLength"/> is the BOM to skip.</summary>
public sealed record DetectedEncoding(Encoding Encoding, EncodingSource Source, int PreambleLength);

public enum EncodingSource
{
    ByteOrderMark,
    ContentTypeHeader,
    /// <summary>The XML declaration, an HTML meta, or the two-byte shape of a UTF-16 XML prolog.</summary>
    Document,
    /// <summary>Nothing said otherwise.</summary>
    Default,
    /// <summary>UTF-8 was declared or assumed but the bytes are not UTF-8; read as windows-1252.</summary>
    InvalidUtf8Fallback,
}
