using SmqBot.Cards.Common;

namespace SmqBot.Cards.Members;

/// <summary>The texts of the member list's cards, in French and English: part of <see cref="Texts"/>.</summary>
public sealed record MemberTexts
{
    public required CommandText MembersCommand { get; init; }
    public required Func<int, string> Title { get; init; }
    public required string HowToImport { get; init; }
    public required Func<int, string> TourismCount { get; init; }
    public required string NoMembers { get; init; }
    public required string PreviewTitle { get; init; }
    public required Func<int, int, int, int, string> PreviewSummary { get; init; }
    public required string Added { get; init; }
    public required string Changed { get; init; }
    public required string Refused { get; init; }
    public required Func<int, string> AndMore { get; init; }
    public required Func<Data.Institutions.RowProblem, string?, string> Problem { get; init; }
    public required Func<string, string> MissingColumns { get; init; }
    public required string Apply { get; init; }
    public required Func<int, int, string> Applied { get; init; }
    public required string NothingToApply { get; init; }
    public required string NotAFile { get; init; }
    public required string FileUnreadable { get; init; }
    public required Func<int, string> FileTooLarge { get; init; }
    public required string ImportGone { get; init; }
    public required string TourismYes { get; init; }
    public required Func<int, string> RowLabel { get; init; }
    public required Func<string, string> ColumnName { get; init; }

    public static readonly MemberTexts French = new()
    {
        MembersCommand = new("membres", "Les institutions membres de la SMQ ; importer la liste des membres (personnel)."),
        Title = n => $"Institutions membres ({n})",
        HowToImport = "Pour importer ou mettre à jour la liste, joignez-la à un message dans cette conversation : un classeur Excel ou un CSV avec les colonnes Nom, Région, Numéro de membre et Potentiel touristique (oui ou non). SmqBot montre ce qui changerait avant de rien appliquer.",
        TourismCount = n => $"{Count.Fr(n, "reconnue", "reconnues")} pour leur potentiel touristique",
        NoMembers = "Aucune institution importée encore.",
        PreviewTitle = "Importation de la liste des membres",
        PreviewSummary = (added, changed, same, refused) => $"{Count.Fr(added, "ajout", "ajouts")} · {Count.Fr(changed, "modification", "modifications")} · {Count.Fr(same, "inchangée", "inchangées")} · {Count.Fr(refused, "ligne refusée", "lignes refusées")}",
        Added = "À ajouter",
        Changed = "À modifier",
        Refused = "Refusées",
        AndMore = n => $"et {Count.Fr(n, "autre", "autres")}",
        Problem = (problem, value) => problem switch
        {
            Data.Institutions.RowProblem.NoName => "le nom manque",
            Data.Institutions.RowProblem.NameTooLong => $"nom de plus de {Count.Fr(200, "caractère", "caractères")}",
            Data.Institutions.RowProblem.UnknownRegion => $"région inconnue : « {value} »",
            Data.Institutions.RowProblem.NotYesOrNo => $"potentiel touristique à indiquer par oui ou non : « {value} »",
            Data.Institutions.RowProblem.Duplicate => $"institution déjà dans le fichier : « {value} »",
            Data.Institutions.RowProblem.FormulaOrMarkup => $"une formule ou du balisage : « {value} »",
            _ => $"au-delà de {value} lignes, le reste du fichier est ignoré",
        },
        MissingColumns = columns => $"Il manque des colonnes au fichier : {columns}. Rien n’a été importé.",
        Apply = "Appliquer",
        Applied = (added, changed) => $"Liste appliquée : {Count.Fr(added, "institution ajoutée", "institutions ajoutées")}, {Count.Fr(changed, "modifiée", "modifiées")}.",
        NothingToApply = "Rien à changer : la liste est déjà à jour.",
        NotAFile = "Joignez un classeur Excel (.xlsx) ou un fichier CSV.",
        FileUnreadable = "Ce fichier ne se lit pas comme un classeur Excel ou un CSV.",
        FileTooLarge = megabytes => $"Le fichier dépasse {megabytes} Mo.",
        ImportGone = "Cette importation n’existe plus : joignez le fichier de nouveau.",
        TourismYes = "potentiel touristique",
        RowLabel = n => $"Ligne {n}",
        ColumnName = key => key switch { "name" => "Nom", "region" => "Région", "number" => "Numéro de membre", _ => "Potentiel touristique" },
    };

    public static readonly MemberTexts English = new()
    {
        MembersCommand = new("members", "SMQ's member institutions; import the member list (staff)."),
        Title = n => $"Member institutions ({n})",
        HowToImport = "To import or update the list, attach it to a message in this chat: an Excel workbook or a CSV with the columns Name, Region, Member number and Tourism potential (yes or no). SmqBot shows what would change before applying anything.",
        TourismCount = n => $"{n} recognized for their tourism potential",
        NoMembers = "No institution imported yet.",
        PreviewTitle = "Importing the member list",
        PreviewSummary = (added, changed, same, refused) => $"{Count.En(added, "addition", "additions")} · {Count.En(changed, "change", "changes")} · {same} unchanged · {Count.En(refused, "row refused", "rows refused")}",
        Added = "To add",
        Changed = "To change",
        Refused = "Refused",
        AndMore = n => $"and {Count.En(n, "other", "others")}",
        Problem = (problem, value) => problem switch
        {
            Data.Institutions.RowProblem.NoName => "the name is missing",
            Data.Institutions.RowProblem.NameTooLong => "name longer than 200 characters",
            Data.Institutions.RowProblem.UnknownRegion => $"unknown region: “{value}”",
            Data.Institutions.RowProblem.NotYesOrNo => $"tourism potential must be yes or no: “{value}”",
            Data.Institutions.RowProblem.Duplicate => $"institution already in the file: “{value}”",
            Data.Institutions.RowProblem.FormulaOrMarkup => $"a formula or markup: “{value}”",
            _ => $"past {value} rows, the rest of the file is ignored",
        },
        MissingColumns = columns => $"The file lacks columns: {columns}. Nothing was imported.",
        Apply = "Apply",
        Applied = (added, changed) => $"List applied: {Count.En(added, "institution added", "institutions added")}, {changed} changed.",
        NothingToApply = "Nothing to change: the list is up to date.",
        NotAFile = "Attach an Excel workbook (.xlsx) or a CSV file.",
        FileUnreadable = "This file does not read as an Excel workbook or a CSV.",
        FileTooLarge = megabytes => $"The file is larger than {megabytes} MB.",
        ImportGone = "This import no longer exists: attach the file again.",
        TourismYes = "tourism potential",
        RowLabel = n => $"Row {n}",
        ColumnName = key => key switch { "name" => "Name", "region" => "Region", "number" => "Member number", _ => "Tourism potential" },
    };
}
