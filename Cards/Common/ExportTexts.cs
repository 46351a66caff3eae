namespace SmqBot.Cards.Common;

/// <summary>
/// The words of downloaded files (CSV and workbooks): sheet names and column headers, in French and English, part of
/// <see cref="Texts"/>. A staff member's spreadsheet reads in their language, like their cards.
/// </summary>
public sealed record ExportTexts
{
    /// <summary>A sheet's name, by the table's key (accompaniments, cohorts, experts, axes, regions, hours).</summary>
    public required Func<string, string> Sheet { get; init; }

    /// <summary>A column's header, by its key (the property it shows).</summary>
    public required Func<string, string> Column { get; init; }

    /// <summary>The start of a downloaded file's name, by what it holds (report, mydata, statement, axes, targets).</summary>
    public required Func<string, string> File { get; init; }

    /// <summary>A table's name as a file name takes it: its sheet's name, folded ("Régions" → "regions").</summary>
    public string FileSlug(string table) => Data.Folding.Fold(Sheet(table)).Replace(' ', '-');

    public required string DownloadXlsx { get; init; }
    public required string Cohort { get; init; }
    public required string Accompaniment { get; init; }

    public IReadOnlyList<string> Columns(params string[] keys) => [.. keys.Select(Column)];

    public static readonly ExportTexts French = new()
    {
        Sheet = table => table switch
        {
            "accompaniments" => "Accompagnements", "cohorts" => "Cohortes", "experts" => "Ressources", "axes" => "Axes",
            "regions" => "Régions", "hours" => "Heures", "data" => "Données", "activities" => "Activités ponctuelles",
            "registrations" => "Inscriptions", "targets" => "Cibles", _ => table,
        },
        Column = key => key switch
        {
            "Institution" => "Institution muséale", "Region" => "Région", "CoachedPerson" => "Personne accompagnée",
            "Expert" => "Ressource spécialisée", "Axis" => "Axe", "Start" => "Début", "End" => "Fin",
            "BudgetHours" => "Heures prévues", "HoursInYear" => "Heures dans l’exercice", "State" => "État",
            "Satisfaction" => "Satisfaction (1 à 5)", "Subject" => "Sujet", "Participants" => "Participants",
            "Institutions" => "Institutions", "MeetingsHeld" => "Rencontres tenues", "CheckInsAnswered" => "Bilans remplis",
            "CheckInsAsked" => "Bilans demandés", "TargetsAchieved" => "Cibles atteintes", "Targets" => "Cibles",
            "CoachingHours" => "Heures d’accompagnement", "CohortHours" => "Heures de cohorte", "TotalHours" => "Heures au total",
            "Accompaniments" => "Accompagnements", "Hours" => "Heures", "Date" => "Date", "Minutes" => "Minutes",
            "For" => "Pour (accompagnement ou cohorte)", "Kind" => "Nature du travail", "Status" => "Statut", "Note" => "Note",
            "Title" => "Titre", "ActivityKind" => "Forme", "Format" => "Formule", "Registered" => "Inscriptions confirmées", "Waiting" => "En attente",
            "Present" => "Présences", "Name" => "Nom", "Email" => "Adresse", "Seat" => "Place", "RegisteredAt" => "Inscription", "Needs" => "Besoins particuliers",
            "Attended" => "Présent", "Regions" => "Régions", "Course" => "Parcours", "CourseKind" => "Type de parcours", "Indicator" => "Indicateur",
            "Unit" => "Unité", "Baseline" => "Point de départ", "Latest" => "Dernière valeur", "Goal" => "Objectif", "Progress" => "Progression",
            _ => key,
        },
        File = what => what switch { "report" => "rapport", "mydata" => "smqbot-donnees", "statement" => "heures", "targets" => "cibles", "registrations" => "inscriptions", _ => what },
        DownloadXlsx = "Excel",
        Cohort = "Cohorte",
        Accompaniment = "Accompagnement",
    };

    public static readonly ExportTexts English = new()
    {
        Sheet = table => table switch
        {
            "accompaniments" => "Accompaniments", "cohorts" => "Cohorts", "experts" => "Experts", "axes" => "Axes",
            "regions" => "Regions", "hours" => "Hours", "data" => "Data", "activities" => "One-off activities",
            "registrations" => "Registrations", "targets" => "Targets", _ => table,
        },
        Column = key => key switch
        {
            "Institution" => "Museum institution", "Region" => "Region", "CoachedPerson" => "Coached person",
            "Expert" => "Expert", "Axis" => "Axis", "Start" => "Start", "End" => "End",
            "BudgetHours" => "Budgeted hours", "HoursInYear" => "Hours in the fiscal year", "State" => "State",
            "Satisfaction" => "Satisfaction (1 to 5)", "Subject" => "Subject", "Participants" => "Participants",
            "Institutions" => "Institutions", "MeetingsHeld" => "Meetings held", "CheckInsAnswered" => "Check-ins answered",
            "CheckInsAsked" => "Check-ins asked", "TargetsAchieved" => "Targets achieved", "Targets" => "Targets",
            "CoachingHours" => "Coaching hours", "CohortHours" => "Cohort hours", "TotalHours" => "Total hours",
            "Accompaniments" => "Accompaniments", "Hours" => "Hours", "Date" => "Date", "Minutes" => "Minutes",
            "For" => "For (accompaniment or cohort)", "Kind" => "Kind of work", "Status" => "Status", "Note" => "Note",
            "Title" => "Title", "ActivityKind" => "Form", "Format" => "Format", "Registered" => "Confirmed registrations", "Waiting" => "Waiting",
            "Present" => "Attendance", "Name" => "Name", "Email" => "Address", "Seat" => "Place", "RegisteredAt" => "Registered", "Needs" => "Particular needs",
            "Attended" => "Present", "Regions" => "Regions", "Course" => "Course", "CourseKind" => "Kind of course", "Indicator" => "Indicator",
            "Unit" => "Unit", "Baseline" => "Baseline", "Latest" => "Latest value", "Goal" => "Goal", "Progress" => "Progress",
            _ => key,
        },
        File = what => what switch { "report" => "report", "mydata" => "smqbot-data", "statement" => "hours", "targets" => "targets", "registrations" => "registrations", _ => what },
        DownloadXlsx = "Excel",
        Cohort = "Cohort",
        Accompaniment = "Accompaniment",
    };
}
