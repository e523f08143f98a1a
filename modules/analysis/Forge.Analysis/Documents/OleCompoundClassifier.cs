using System.Text;

namespace Forge.Analysis.Documents;

/// <summary>
/// An OLE compound file (<c>D0 CF 11 E0</c>) in place of a DOCX is either an encrypted Office document
/// (Office wraps a password-protected DOCX in one, with <c>EncryptionInfo</c> and <c>EncryptedPackage</c>
/// streams) or a legacy binary .doc. Neither can be read; the two get different codes and advice.
/// </summary>
internal static class OleCompoundClassifier
{
    private static readonly byte[] EncryptionInfo = Encoding.Unicode.GetBytes("EncryptionInfo");
    private static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");

    public static DocumentExtractionException Refuse(byte[] bytes, ExtractionContext context) =>
        bytes.AsSpan().IndexOf(EncryptionInfo) >= 0 || bytes.AsSpan().IndexOf(EncryptedPackage) >= 0
            ? context.Error(DocumentErrorCodes.Protected, "the document is password-protected (an encrypted Office file); send it without a password.")
            : context.Error(DocumentErrorCodes.Unreadable, "the document is a legacy binary Word (.doc) or other OLE file; send it as DOCX, PDF or text.");
}
