using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Common;
using SmqBot.Cards.Help;
using SmqBot.Cards.Model;

namespace SmqBot.Bot.Features.Help;

/// <summary>`aide` / `help`: who you are in the programme and what your roles let you do.</summary>
public sealed class HelpFeature(CommandCatalog catalog) : IFeature
{
    public static readonly CommandInfo HelpCommand = new("help", ["aide", "help", "?"], t => t.Help.HelpCommand, []) { Order = 10 };

    /// <summary>Hello and thanks, in either language: answered with a greeting and the help, never with "I did not understand".</summary>
    public static readonly CommandInfo GreetingCommand = new("greeting", ["bonjour", "salut", "allo", "hello", "hi", "hey", "bonsoir"], t => t.Help.HelpCommand, [], InManifest: false)
        { Order = 1000, InHelp = false };
    public static readonly CommandInfo ThanksCommand = new("thanks", ["merci", "merci beaucoup", "thanks", "thank you", "thx"], t => t.Help.HelpCommand, [], InManifest: false)
        { Order = 1001, InHelp = false };

    public IEnumerable<(CommandInfo, Handler)> Commands =>
        [(HelpCommand, Show), (GreetingCommand, (r, ct) => Greet(r, r.Caller.Texts.Help.Hello(r.Caller.Person.Name))), (ThanksCommand, (r, ct) => Greet(r, r.Caller.Texts.Help.YoureWelcome))];
    public IEnumerable<VerbRoute> Verbs => [new(Cards.Help.HelpVerbs.Help, [], Show)];

    private Task<Reply> Greet(Request request, string greeting)
    {
        var help = HelpCard.Build(new HelpView(request.Caller.Roles, catalog.AvailableTo(request.Caller)), request.Caller.Texts);
        return Task.FromResult<Reply>(help with { Body = [Layout.Title(greeting), .. help.Body.Skip(1)], Speak = greeting, FallbackText = greeting });
    }

    private Task<Reply> Show(Request request, CancellationToken ct) =>
        Task.FromResult<Reply>(HelpCard.Build(new HelpView(request.Caller.Roles, catalog.AvailableTo(request.Caller)), request.Caller.Texts));
}
