using SmqBot.Cards.Common;
using SmqBot.Cards.Help;
using SmqBot.Cards.Model;
using SmqBot.Data.People;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.Welcome;

/// <param name="FirstSeen">When we first talked, for someone who comes back; null on a first meeting.</param>
/// <param name="Officer">The person in charge of personal information, as the transparency note names them.</param>
public sealed record WelcomeView(string? Name, IReadOnlyList<Role> Roles, DateTimeOffset? FirstSeen, DateTimeOffset Now, string Officer);

/// <summary>The greeting in a personal chat, sent when the app is installed there.</summary>
public static class WelcomeCard
{
    public static AdaptiveCard Build(WelcomeView view, Texts texts)
    {
        var role = Roles.Main(view.Roles);
        return Card(texts, $"{texts.Help.WelcomeTitle}. {texts.Help.Hello(view.Name)}",
            [
                Title(texts.Help.WelcomeTitle),
                Paragraph(texts.Help.Hello(view.Name)),
                Paragraph(texts.Help.ProgrammeIntro),
                .. view.FirstSeen is { } first ? [Paragraph(texts.Help.WelcomeBack(texts.Ago(first, view.Now)))] : Array.Empty<Element>(),
                new Container([Paragraph(texts.Help.YouAre(texts.Help.RoleName(role))), Paragraph(texts.Help.RoleIntro(role))]) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium },
                Note(texts.Privacy.Transparency(view.Officer)),
                Note(texts.Help.LanguageNote),
            ],
            [Actions.Execute(texts.Common.ShowHelp, HelpVerbs.Help, style: "positive")]);
    }
}

/// <summary>The greeting posted in a team's General channel when the app is added to the team.</summary>
public static class TeamGreetingCard
{
    public static AdaptiveCard Build(string? teamName, Texts texts) =>
        Card(texts, texts.Help.TeamGreetingTitle(teamName),
            [Title(texts.Help.TeamGreetingTitle(teamName)), Paragraph(texts.Help.ProgrammeIntro), Paragraph(texts.Help.TeamGreeting)],
            [Actions.Execute(texts.Common.ShowHelp, HelpVerbs.Help)]);
}
