using System.Globalization;
using System.Text;

namespace SmqBot.Data;

/// <summary>Text as people mean it rather than as they typed it, for matching: commands, institution names.</summary>
public static class Folding
{
    /// <summary>Lower case, no accents, single spaces, trimmed: "  Musée de  Sept-Îles " → "musee de sept-iles".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) { builder.Append(' '); space = false; }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
