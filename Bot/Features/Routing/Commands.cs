using SmqBot.Cards.Common;
using SmqBot.Data.People;

namespace SmqBot.Bot.Features.Routing;

/// <summary>
/// Every command of the bot, as the features declare them with their handlers (<see cref="IFeature.Commands"/>, once):
/// the router matches typed text against them, the help card lists what a caller's roles allow (by
/// <see cref="CommandInfo.Order"/>), and the manifest's command lists mirror them. Read from the features when first
/// asked for, since the help feature, one of them, lists the others.
/// </summary>
public sealed class CommandCatalog(IServiceProvider services)
{
    private readonly Lazy<IReadOnlyList<CommandInfo>> _all = new(() =>
        [.. services.GetServices<IFeature>().SelectMany(f => f.Commands.Select(c => c.Command)).OrderBy(c => c.Order)]);

    public IReadOnlyList<CommandInfo> All => _all.Value;

    public IReadOnlyList<CommandText> AvailableTo(Caller caller) =>
        [.. All.Where(c => c.InHelp && c.IsAllowed(caller)).Select(c => c.Describe(caller.Texts))];
}
