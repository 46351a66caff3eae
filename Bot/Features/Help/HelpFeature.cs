using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Common;
using SmqBot.Cards.Help;
using SmqBot.Cards.Model;

namespace SmqBot.Bot.Features.Help;

/// <summary>`aide` / `help`: who you are in the programme and what your roles let you do.</summary>
public sealed class HelpFeature : IFeature
{
    public IEnumerable<(CommandInfo, Handler)> Commands => [(Routing.Commands.Help, Show)];
    public IEnumerable<VerbRoute> Verbs => [new(Cards.Common.Verbs.Help, [], Show)];

    private static Task<AdaptiveCard> Show(Request request, CancellationToken ct) =>
        Task.FromResult(HelpCard.Build(new HelpView(request.Caller.Roles, Routing.Commands.AvailableTo(request.Caller)), request.Caller.Texts));
}
