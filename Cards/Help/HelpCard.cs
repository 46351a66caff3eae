using SmqBot.Cards.Common;
using SmqBot.Cards.Profile;
using SmqBot.Cards.Model;
using SmqBot.Data.People;
using static SmqBot.Cards.Common.Layout;

namespace SmqBot.Cards.Help;

/// <param name="Commands">The commands this person's roles allow, in the reader's language.</param>
public sealed record HelpView(IReadOnlyList<Role> Roles, IReadOnlyList<CommandText> Commands);

/// <summary>What `aide` / `help` shows: who you are in the programme and the commands your roles allow.</summary>
public static class HelpCard
{
    public static AdaptiveCard Build(HelpView view, Texts texts) =>
        Card(texts, texts.Help.HelpTitle,
            [
                Title(texts.Help.HelpTitle),
                Paragraph(texts.Help.YouAre(texts.Names(view.Roles))),
                Paragraph(texts.Help.RoleIntro(Roles.Main(view.Roles))),
                Heading(texts.Help.CommandsHeading),
                new FactSet([.. view.Commands.Select(c => new Fact(c.Name, c.Description))]),
                Note(texts.Help.HelpFooter),
            ],
            [Actions.Execute(texts.Profile.ProfileCommand.Name.ToUpperFirst(texts), ProfileVerbs.Profile)]);

    private static string ToUpperFirst(this string text, Texts texts) =>
        text.Length == 0 ? text : char.ToUpper(text[0], texts.Culture) + text[1..];
}
