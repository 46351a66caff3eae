namespace SmqBot.Cards.Privacy;

/// <summary>The Action.Execute verbs of the privacy cards: the contract between a card and the handler that answers it.</summary>
public static class PrivacyVerbs
{
    public const string MyData = "privacy.mine";
    public const string Ask = "privacy.ask";
    public const string Requests = "privacy.show";
    public const string Request = "privacy.request";
    public const string Answer = "privacy.answer";
    public const string Erase = "privacy.erase";
    public const string Blank = "privacy.blank";
}
