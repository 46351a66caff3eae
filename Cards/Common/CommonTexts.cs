namespace SmqBot.Cards.Common;

/// <summary>What every card shares: labels in a sentence, the buttons every card has, and the answers to what the bot cannot do. In French and English, composed by <see cref="Texts"/>.</summary>
public sealed record CommonTexts
{
    /// <summary>A label and its value in a sentence: "Axe : Médiation" (French spaces the colon), "Area: Mediation".</summary>
    public required Func<string, string, string> Labelled { get; init; }
    /// <summary>Between items of a list that already holds commas: " ; " in French, "; " in English.</summary>
    public required string ListSeparator { get; init; }
    public required string ShowHelp { get; init; }
    /// <summary>Leaves a form without saving (an edit, for instance).</summary>
    public required string Cancel { get; init; }
    public required string Back { get; init; }
    public required string Refresh { get; init; }
    public required string StartLabel { get; init; }
    public required string EndLabel { get; init; }
    public required string ErrorTitle { get; init; }
    public required Func<string, string> NotUnderstood { get; init; }
    public required Func<string, string> DidYouMean { get; init; }
    public required string TypeHelp { get; init; }
    public required string UnknownAction { get; init; }
    public required string StaffOnly { get; init; }
    public required string ExpertsOnly { get; init; }
    public required string StaffOrExpertsOnly { get; init; }
    public required string Apology { get; init; }
    public required Func<string, string> NotAValue { get; init; }
    public required Func<string, int, string> TooLong { get; init; }
    /// <summary>A bounded list is full: nothing is dropped to make room, the new item is refused (what: plural, in context).</summary>
    public required Func<int, string, string> LimitReached { get; init; }
    public required Func<string, string> Required { get; init; }

    public static readonly CommonTexts French = new()
    {

        Labelled = (label, value) => $"{label}\u00A0: {value}",
        ListSeparator = "\u202F; ",
        ShowHelp = "Voir ce que je peux faire",
        Back = "Retour",
        Cancel = "Annuler",
        Refresh = "Actualiser",
        NotAValue = target => $"La valeur donnée pour « {target} » n’est pas acceptée : un nombre, ou de 1 à 5 sur une échelle.",
        TooLong = (field, max) => $"« {field} » dépasse {Count.Fr(max, "caractère", "caractères")}.",
        LimitReached = (max, what) => $"Vous avez atteint la limite de {max} {what} : rien n’a été enregistré. Écrivez au personnel de la SMQ si vous avez besoin d’aller au-delà.",
        Required = field => $"Indiquez « {field} ».",
        StartLabel = "Début",
        EndLabel = "Fin",
        ErrorTitle = "Oups",
        NotUnderstood = text => $"Je n’ai pas compris « {text} ».",
        DidYouMean = command => $"Vouliez-vous dire « {command} » ?",
        TypeHelp = "Écrivez « aide » pour voir ce que vous pouvez faire.",
        UnknownAction = "Je ne reconnais pas cette action. La carte est peut-être périmée : écrivez « aide » pour repartir.",
        StaffOnly = "Cette commande est réservée au personnel de la SMQ.",
        ExpertsOnly = "Cette commande est réservée aux ressources spécialisées.",
        StaffOrExpertsOnly = "Cette commande est réservée au personnel de la SMQ et aux ressources spécialisées.",
        Apology = "Désolé, quelque chose s’est mal passé de mon côté. Réessayez dans un instant ; si le problème persiste, écrivez à l’équipe de la SMQ.",
    };

    public static readonly CommonTexts English = new()
    {

        Labelled = (label, value) => $"{label}: {value}",
        ListSeparator = "; ",
        ShowHelp = "See what I can do",
        Back = "Back",
        Cancel = "Cancel",
        Refresh = "Refresh",
        NotAValue = target => $"The value given for \"{target}\" is not accepted: a number, or 1 to 5 on a scale.",
        TooLong = (field, max) => $"\"{field}\" is longer than {Count.En(max, "character", "characters")}.",
        LimitReached = (max, what) => $"You have reached the limit of {max} {what}: nothing was saved. Write to SMQ staff if you need to go beyond it.",
        Required = field => $"\"{field}\" is required.",
        StartLabel = "Start",
        EndLabel = "End",
        ErrorTitle = "Oops",
        NotUnderstood = text => $"I did not understand \"{text}\".",
        DidYouMean = command => $"Did you mean \"{command}\"?",
        TypeHelp = "Type \"help\" to see what you can do.",
        UnknownAction = "I do not recognize this action. The card may be out of date: type \"help\" to start again.",
        StaffOnly = "This command is for SMQ staff only.",
        ExpertsOnly = "This command is for experts only.",
        StaffOrExpertsOnly = "This command is for SMQ staff and experts only.",
        Apology = "Sorry, something went wrong on my side. Please try again in a moment; if it keeps happening, write to the SMQ team.",
    };
}
