namespace SmqBot.Data.Privacy;

/// <summary>What anonymising someone puts in place of what was theirs (see <see cref="Erasure"/> and the records' declarations).</summary>
public static class Redaction
{
    /// <summary>What replaces a name in a stored document (French first, as the programme is).</summary>
    public const string AnonymousName = "Personne anonymisée";
    /// <summary>What replaces a free text someone typed.</summary>
    public const string Erased = "[effacé]";

    /// <summary>A pseudonym that cannot be traced back: random, kept nowhere but in the documents it replaces an id in.</summary>
    public static string NewPseudonym() => "anon-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
}
