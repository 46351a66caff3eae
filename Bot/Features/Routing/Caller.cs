using SmqBot.Cards.Common;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Routing;

/// <summary>
/// Who is asking, established from the activity (Entra object id and tenant) and the store; never from card data.
/// <see cref="Roles"/> joins the stored roles with staff named in configuration.
/// </summary>
/// <param name="Reach">How to open a personal chat with the caller, from this activity (for replies sent later).</param>
public sealed record Caller(Person Person, IReadOnlyList<Role> Roles, Texts Texts, Data.Outbox.PersonalTarget? Reach = null)
{
    /// <summary>This turn is the first SmqBot has had from them (they were just stored).</summary>
    public bool FirstTurn { get; init; }

    public bool Has(Role role) => Roles.Contains(role);
}
