namespace SmqBot.Cards.Forms;

/// <summary>What a refused field says, next to it. Part of <see cref="Common.Texts"/> (a missing translation does not compile).</summary>
public sealed record FormTexts
{
    public required Func<string, string> NotADate { get; init; }
    public required Func<string, string> NotATime { get; init; }
    public required Func<string, string, string, string> NotInRange { get; init; }
    public required Func<string, string> NotAChoice { get; init; }
    public required Func<string, string> NotEmails { get; init; }
    public required Func<string, string> OneAddress { get; init; }
    public required string FixTheFields { get; init; }

    public static readonly FormTexts French = new()
    {
        NotADate = field => $"« {field} » attend une date.",
        NotATime = field => $"« {field} » attend une heure (HH:MM).",
        NotInRange = (field, min, max) => $"« {field} » attend un nombre de {min} à {max}.",
        NotAChoice = field => $"Choisissez « {field} » parmi les choix offerts.",
        NotEmails = list => $"Ces adresses ne sont pas des courriels : {list}.",
        OneAddress = field => $"« {field} » attend une seule adresse.",
        FixTheFields = "Corrigez le champ indiqué en rouge, puis envoyez de nouveau : le reste du formulaire est conservé.",
    };

    public static readonly FormTexts English = new()
    {
        NotADate = field => $"\"{field}\" needs a date.",
        NotATime = field => $"\"{field}\" needs a time (HH:MM).",
        NotInRange = (field, min, max) => $"\"{field}\" needs a number from {min} to {max}.",
        NotAChoice = field => $"Choose \"{field}\" among the choices offered.",
        NotEmails = list => $"These addresses are not e-mails: {list}.",
        OneAddress = field => $"\"{field}\" takes one address.",
        FixTheFields = "Correct the field shown in red, then send again: the rest of the form is kept.",
    };
}
