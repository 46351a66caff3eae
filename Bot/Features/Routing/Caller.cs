using SmqBot.Cards.Common;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Routing;

/// <summary>
/// Who is asking, established from the activity (Entra object id and tenant) and the store; never from card data.
/// <see cref="Roles"/> joins the stored roles with staff named in configuration.
/// </summary>
public sealed record Caller(Person Person, IReadOnlyList<Role> Roles, Texts Texts)
{
    public bool Has(Role role) => Roles.Contains(role);
}
