using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Common;
using SmqBot.Cards.Help;
using SmqBot.Cards.Model;

namespace SmqBot.Bot.Features.Help;

/// <summary>`aide` / `help`: who you are in the programme and what your roles let you do.</summary>
public sealed class HelpFeature(CommandCatalog catalog) : IFeature
{
    public static readonly CommandInfo HelpCommand = new("help", ["aide", "help", "?"], t => t.HelpCommand, []) { Order = 10 };

    public IEnumerable<(CommandInfo, Handler)> Commands => [(HelpCommand, Show)];
    public IEnumerable<VerbRoute> Verbs => [new(Cards.Help.HelpVerbs.Help, [], Show)];

    private Task<AdaptiveCard> Show(Request request, CancellationToken ct) =>
        Task.FromResult(HelpCard.Build(new HelpView(request.Caller.Roles, catalog.AvailableTo(request.Caller)), request.Caller.Texts));
}
