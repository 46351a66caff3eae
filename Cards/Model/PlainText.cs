using System.Text;

namespace SmqBot.Cards.Model;

/// <summary>
/// Text as people typed it, made inert for the places where Teams reads Adaptive Card markdown (TextBlock text, Fact
/// titles and values, the card's fallback text): every character that could start markup (emphasis, a link, an HTML or
/// &lt;at&gt; tag, a list or a heading at the start of a line) is backslash-escaped, and URL schemes are broken with an
/// invisible word joiner so that nobody's text becomes a live link in someone else's card. The card model applies it to
/// every such text when it writes the card, so no builder can forget it; the only markdown a card carries is the bullet
/// list built by <see cref="TextBlock.Bullets"/>, whose items are escaped the same way.
/// </summary>
public static class PlainText
{
    private const char WordJoiner = '\u2060';

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart && char.IsAsciiDigit(c) && NumberedItemEnd(text, i) is { } end)
            {
                // "1. " or "2) " at the start of a line would make a numbered list: escape its punctuation.
                escaped.Append(text, i, end - i).Append('\\').Append(text[end]);
                i = end;
                lineStart = false;
                continue;
            }
            if (c is '\\' or '*' or '_' or '~' or '`' or '[' or ']' or '<' or '>' || (lineStart && c is '#' or '-' or '+'))
                escaped.Append('\\');
            escaped.Append(c);
            // "https://", "www." and the like: an invisible joiner after the scheme's colon keeps it from being linkified.
            if (c == ':' && i + 2 < text.Length && text[i + 1] == '/' && text[i + 2] == '/') escaped.Append(WordJoiner);
            if ((c is 'w' or 'W') && i + 3 < text.Length && text.AsSpan(i, 4).Equals("www.", StringComparison.OrdinalIgnoreCase)) { escaped.Append(text, i + 1, 2).Append(WordJoiner); i += 2; }
            lineStart = c is '\n' or '\r' || (lineStart && c is ' ' or '\t');
        }
        return escaped.ToString();
    }

    /// <summary>Spoken text: no tags (Teams reads <c>speak</c> as SSML).</summary>
    public static string Speakable(string text) => text.Replace('<', ' ').Replace('>', ' ');

    private static int? NumberedItemEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        return i < text.Length && text[i] is '.' or ')' ? i : null;
    }
}
