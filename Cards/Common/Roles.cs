using SmqBot.Data.People;

namespace SmqBot.Cards.Common;

public static class Roles
{
    /// <summary>The role a card speaks to when someone has several: staff, then expert, then participant.</summary>
    public static Role? Main(IReadOnlyList<Role> roles) =>
        roles.Contains(Role.Staff) ? Role.Staff
        : roles.Contains(Role.Expert) ? Role.Expert
        : roles.Contains(Role.Participant) ? Role.Participant
        : null;

    public static string Names(this Texts texts, IReadOnlyList<Role> roles) =>
        roles.Count == 0 ? texts.Help.RoleName(null) : string.Join(", ", roles.Order().Select(r => texts.Help.RoleName(r)));
}
