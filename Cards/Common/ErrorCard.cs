using SmqBot.Cards.Model;
using SmqBot.Cards.Help;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.Common;

/// <summary>What the user sees when the bot refuses or cannot do something: a plain message and a way back to the help.</summary>
public static class ErrorCard
{
    public static AdaptiveCard Build(Texts texts, string message, params string[] details) =>
        Card(texts, message,
            [
                Title(texts.Common.ErrorTitle),
                new Container([Paragraph(message)]) { Style = ContainerStyle.Attention },
                .. details.Select(Paragraph),
            ],
            [Actions.Execute(texts.Common.ShowHelp, HelpVerbs.Help)]);
}
