using SmqBot.Cards.Common;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Routing;

/// <summary>
/// Every command of the bot, as the features declare and register them (<see cref="FeatureRegistration.AddCommand"/>):
/// the router matches typed text against them, the help card lists what a caller's roles allow (by
/// <see cref="CommandInfo.Order"/>), and the manifest's command lists mirror them.
/// </summary>
public sealed class CommandCatalog(IEnumerable<CommandInfo> commands)
{
    public IReadOnlyList<CommandInfo> All { get; } = [.. commands.OrderBy(c => c.Order)];

    public IReadOnlyList<CommandText> AvailableTo(Caller caller) =>
        [.. All.Where(c => c.InHelp && c.IsAllowed(caller)).Select(c => c.Describe(caller.Texts))];
}
