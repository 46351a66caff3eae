using SmqBot.Cards.Common;
using SmqBot.Data.People;

namespace SmqBot.Cards.Help;

/// <summary>The welcome, the team greeting and the help card. In French and English, composed by <see cref="Texts"/>.</summary>
public sealed record HelpTexts
{
    public required string WelcomeTitle { get; init; }
    public required Func<string?, string> Hello { get; init; }
    public required string YoureWelcome { get; init; }
    public required string ProgrammeIntro { get; init; }
    public required Func<string, string> WelcomeBack { get; init; }
    public required string LanguageNote { get; init; }
    public required Func<string?, string> TeamGreetingTitle { get; init; }
    public required string TeamGreeting { get; init; }
    public required string HelpTitle { get; init; }
    public required Func<string, string> YouAre { get; init; }
    public required string CommandsHeading { get; init; }
    public required string HelpFooter { get; init; }
    public required CommandText HelpCommand { get; init; }
    public required Func<Role?, string> RoleName { get; init; }
    public required Func<Role?, string> RoleIntro { get; init; }

    public static readonly HelpTexts French = new()
    {

        RoleName = role => role switch
        {
            Role.Staff => "personnel de la SMQ",
            Role.Expert => "ressource spécialisée",
            Role.Participant => "participante ou participant",
            _ => "membre de la communauté muséale",
        },
        RoleIntro = role => role switch
        {
            Role.Staff => "Vous gérez le programme : appels de candidatures, cohortes, accompagnements, rencontres et rapports au Ministère.",
            Role.Expert => "Vous accompagnez des institutions et des cohortes : vous consignez vos heures et suivez les bilans des personnes accompagnées.",
            Role.Participant => "Vous définissez vos cibles, faites le point régulièrement sur vos progrès et voyez les cibles de votre cohorte.",
            _ => "Vous pourrez répondre aux appels de candidatures de la SMQ pour une cohorte de codéveloppement ou un accompagnement individualisé.",
        },
        WelcomeTitle = "Bienvenue dans SmqBot",
        Hello = name => name is null ? "Bonjour !" : $"Bonjour {name} !",
        YoureWelcome = "Avec plaisir ! Voici ce que vous pouvez faire.",
        ProgrammeIntro = "Je suis l’assistant du programme de développement professionnel de la Société des musées du Québec : cohortes de codéveloppement, accompagnements individualisés et appels de candidatures.",
        WelcomeBack = ago => $"Content de vous revoir ! Nous nous sommes parlé pour la première fois {ago}.",
        LanguageNote = "Je vous réponds en français ou en anglais ; pour choisir, tapez « profil ».",
        TeamGreetingTitle = team => team is null ? "SmqBot est installé dans cette équipe" : $"SmqBot est installé dans l’équipe {team}",
        TeamGreeting = "Le personnel de la SMQ pourra publier ici les appels de candidatures et y faire vivre les cohortes. Écrivez « @SmqBot aide » pour voir ce que je peux faire.",
        HelpTitle = "Ce que vous pouvez faire",
        YouAre = role => $"Vous êtes : {role}",
        CommandsHeading = "Commandes",
        HelpFooter = "Écrivez une commande dans la conversation, en français ou en anglais, ou utilisez les boutons des cartes.",
        HelpCommand = new("aide", "Affiche cette liste."),
    };

    public static readonly HelpTexts English = new()
    {

        RoleName = role => role switch
        {
            Role.Staff => "SMQ staff",
            Role.Expert => "expert",
            Role.Participant => "participant",
            _ => "member of the museum community",
        },
        RoleIntro = role => role switch
        {
            Role.Staff => "You run the program: calls for applications, cohorts, individual coaching, meetings and reports to the Ministry.",
            Role.Expert => "You coach institutions and cohorts: you log your hours and follow the check-ins of the people you coach.",
            Role.Participant => "You set your targets, check in on your progress regularly and see your cohort's targets.",
            _ => "You will be able to answer SMQ's calls for applications for a codevelopment cohort or individual coaching.",
        },
        WelcomeTitle = "Welcome to SmqBot",
        Hello = name => name is null ? "Hello!" : $"Hello {name}!",
        YoureWelcome = "You're welcome! Here is what you can do.",
        ProgrammeIntro = "I am the assistant of the Société des musées du Québec's professional-development program: codevelopment cohorts, individual coaching and calls for applications.",
        WelcomeBack = ago => $"Good to see you again! We first talked {ago}.",
        LanguageNote = "I answer in French or in English; to choose, type \"profile\".",
        TeamGreetingTitle = team => team is null ? "SmqBot is installed in this team" : $"SmqBot is installed in the team {team}",
        TeamGreeting = "SMQ staff can post calls for applications here and run cohorts in this team's channels. Type \"@SmqBot help\" to see what I can do.",
        HelpTitle = "What you can do",
        YouAre = role => $"You are: {role}",
        CommandsHeading = "Commands",
        HelpFooter = "Type a command in the chat, in English or French, or use the buttons on the cards.",
        HelpCommand = new("help", "Shows this list."),
    };
}
