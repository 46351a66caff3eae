namespace SmqBot.Cards.Profile;

/// <summary>The Action.Execute verbs of this feature's cards: the contract between a card and the handler that answers it.</summary>
public static class ProfileVerbs
{
    public const string Profile = "profile.show";
    public const string ProfileSave = "profile.save";
}
