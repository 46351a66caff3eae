namespace SmqBot.Data;

/// <summary>The ids our documents and cards use (a cohort, a call, a nonce): letters, digits, '-' and '_', 1 to 64 of them.</summary>
public static class Ids
{
    public static bool IsValid(string? id) => id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
