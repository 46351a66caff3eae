using System.Globalization;
using SmqBot.Data.Calls;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;
using SmqBot.Cards.Common;

namespace SmqBot.Cards.Coaching;

/// <summary>The texts of this feature's cards, in French and English: part of <see cref="Texts"/> (a missing translation does not compile).</summary>
public sealed record CoachingTexts
{
    public required Func<WorkKind, string> WorkKindName { get; init; }
    public required CommandText HoursCommand { get; init; }
    public required CommandText CoachingCommand { get; init; }
    public required string NothingToLogFor { get; init; }
    /// <summary>The hours form's choice: one of the expert's accompaniments or cohorts.</summary>
    public required string ForLabel { get; init; }
    /// <summary>What an entry was logged for, by the ledger's kind ("Accompagnement", "Cohorte").</summary>
    public required Func<Data.Coaching.LedgerKind, string> LedgerName { get; init; }
    public required string DateLabel { get; init; }
    public required string DurationLabel { get; init; }
    public required string WorkKindLabel { get; init; }
    public required string NoteLabel { get; init; }
    public required string LogHours { get; init; }
    public required string HoursLogged { get; init; }
    public required Func<string, string> PendingApproval { get; init; }
    public required Func<string, string> EightyPercentReached { get; init; }
    public required string NotYourAccompaniment { get; init; }
    public required string DurationRule { get; init; }
    public required string DateRule { get; init; }
    public required string AccompanimentClosed { get; init; }
    public required Func<string, string> AccompanimentTitle { get; init; }
    public required string CoachingTitle { get; init; }
    public required string NoOpenAccompaniment { get; init; }
    public required string NewAccompaniment { get; init; }
    public required string CoachedPersonLabel { get; init; }
    public required string CreateAccompaniment { get; init; }
    public required Func<string, string> CoachedWelcome { get; init; }
    public required Func<string, string> ExpertAssigned { get; init; }
    public required Func<string, string> HoursAgreed { get; init; }
    public required string ApprovalTitle { get; init; }
    /// <summary>The same card once nothing is left to decide on it (decided, or deleted by the expert).</summary>
    public required string OverBudgetTitle { get; init; }
    public required string EntryGone { get; init; }
    /// <summary>On an approval card: the other entries of the accompaniment waiting for a decision (how many, how long).</summary>
    public required Func<int, string, string> AlsoWaiting { get; init; }
    public required Func<int, string> AndMore { get; init; }
    public required Func<string, string> EvaluationTitle { get; init; }
    public required string EvaluationIntro { get; init; }
    public required string SatisfactionLabel { get; init; }
    public required string RecommendLabel { get; init; }
    public required string CommentsLabel { get; init; }
    public required string SendEvaluation { get; init; }
    public required string EvaluationThanks { get; init; }
    public required string EvaluationAlreadyReceived { get; init; }
    public required Func<string, string> EvaluationResultTitle { get; init; }
    public required Func<bool, string> Recommends { get; init; }
    public required string RecommendationLabel { get; init; }
    public required string Statement { get; init; }
    public required string EntriesButton { get; init; }
    public required Func<string, string> CohortHoursTotal { get; init; }
    public required Func<string, string, string> StatementTitle { get; init; }
    public required Func<string, string> StatementTotal { get; init; }
    public required string DownloadCsv { get; init; }
    public required string DownloadNote { get; init; }
    public required Func<EntryStatus, string> StatusName { get; init; }
    public required string SatisfactionRequired { get; init; }
    public required string ThisMonth { get; init; }
    public required string DeleteEntry { get; init; }
    public required string EditEntry { get; init; }
    public required string EditEntryTitle { get; init; }
    public required string SaveEntry { get; init; }
    public required string LedgerFull { get; init; }
    public required Func<string, string> MonthLocked { get; init; }
    public required string OnlyThisMonth { get; init; }
    public required Func<string, string> LockedNotice { get; init; }
    public required string Approve { get; init; }
    public required string Decline { get; init; }
    public required Func<bool, string, string, string> Decided { get; init; }

    public required Func<string, string> WaitingFor { get; init; }
    public required string WaitingAccompaniments { get; init; }
    public required Func<Axis, string> AxisName { get; init; }
    public required string LogHoursTitle { get; init; }
    public required Func<string, string, string, string> BudgetLine { get; init; }
    public required Func<string, string, string, string> BudgetOverrun { get; init; }
    public required string InstitutionLabel { get; init; }
    public required string RegionLabel { get; init; }
    public required string ExpertLabel { get; init; }
    public required string AxisLabel { get; init; }
    public required string BudgetLabel { get; init; }
    public required Func<Outcome, string> OutcomeName { get; init; }
    public required string StatusLabel { get; init; }
    public required Func<string, string> LockMonth { get; init; }
    public required string AlreadyDecided { get; init; }

    public static readonly CoachingTexts French = new()
    {
        WaitingFor = list => $"En attente de : {list}",
        WaitingAccompaniments = "Accompagnements en attente",
        AxisName = axis => axis switch
        {
            Axis.Positioning => "Positionnement dans l’écosystème touristique québécois",
            Axis.Audiences => "Connaissance des publics",
            Axis.Welcome => "Accueil et service à la clientèle",
            Axis.Management => "Gestion organisationnelle",
            _ => "Développement durable",
        },
        LogHoursTitle = "Consigner des heures",
        BudgetLine = (used, budget, left) => $"{used} sur {budget} — il reste {left}",
        BudgetOverrun = (used, budget, over) => $"{used} sur {budget} — {over} au-delà du budget",
        InstitutionLabel = "Institution muséale",
        RegionLabel = "Région",
        ExpertLabel = "Ressource spécialisée (courriel)",
        AxisLabel = "Axe",
        BudgetLabel = "Heures prévues",
        OutcomeName = o => o switch { Outcome.Achieved => "Atteinte", Outcome.Partly => "En partie", _ => "Non atteinte" },
        StatusLabel = "Statut",
        LockMonth = month => $"Verrouiller {month}",
        AlreadyDecided = "Cette entrée a déjà été traitée.",
        WorkKindName = kind => kind switch
        {
            WorkKind.Video => "Séance en visioconférence",
            WorkKind.InPerson => "Séance en personne",
            WorkKind.Phone => "Appel",
            WorkKind.Preparation => "Préparation",
            _ => "Rapport",
        },
        HoursCommand = new("heures", "Consigner vos heures d’accompagnement et voir le budget qui reste."),
        CoachingCommand = new("accompagnements", "Les accompagnements individualisés en cours ; en créer un."),
        NothingToLogFor = "Vous n’avez aucun accompagnement en cours.",
        ForLabel = "Accompagnement ou cohorte",
        LedgerName = kind => kind == Data.Coaching.LedgerKind.Cohort ? "Cohorte" : "Accompagnement",
        DateLabel = "Date",
        DurationLabel = "Durée",
        WorkKindLabel = "Nature du travail",
        NoteLabel = "Note",
        LogHours = "Enregistrer",
        HoursLogged = "Heures enregistrées",
        PendingApproval = duration => $"{duration} en attente d’approbation : cette entrée dépasserait le budget, le personnel de la SMQ l’approuvera ou la refusera.",
        EightyPercentReached = institution => $"80 % du budget d’heures est atteint pour l’accompagnement {FrenchArticle.Of(institution)}.",
        NotYourAccompaniment = "Vous n’êtes pas la ressource spécialisée de cet accompagnement ou de cette cohorte.",
        DurationRule = "La durée va d’un quart d’heure à 8 heures, par quarts d’heure.",
        DateRule = "La date ne peut pas être dans le futur ni hors des dates de l’accompagnement.",
        AccompanimentClosed = "Cet accompagnement est terminé.",
        AccompanimentTitle = institution => $"Accompagnement : {institution}",
        CoachingTitle = "Accompagnements individualisés en cours",
        NoOpenAccompaniment = "Aucun accompagnement en cours.",
        NewAccompaniment = "Nouvel accompagnement",
        CoachedPersonLabel = "Personne accompagnée (courriel)",
        CreateAccompaniment = "Créer l’accompagnement",
        CoachedWelcome = institution => $"Votre accompagnement individualisé commence : {institution}",
        ExpertAssigned = institution => $"Vous accompagnez {FrenchArticle.The(institution)}",
        HoursAgreed = hours => $"Heures convenues : {hours}.",
        ApprovalTitle = "Heures au-delà du budget à approuver",
        OverBudgetTitle = "Heures au-delà du budget",
        EntryGone = "La ressource spécialisée a supprimé cette entrée : il n’y a plus rien à approuver.",
        AlsoWaiting = (count, duration) => count <= 1
            ? $"Une autre entrée attend aussi ({duration}) ; la carte la présente après votre décision :"
            : $"{count} autres entrées attendent aussi ({duration}) ; la carte les présente une à une après votre décision :",
        AndMore = count => $"… et {count} de plus.",
        EvaluationTitle = institution => $"Évaluation de fin de parcours : {institution}",
        EvaluationIntro = "Votre accompagnement est terminé. Dites-nous où vous en êtes et ce que vous en retenez.",
        SatisfactionLabel = "Votre satisfaction (1 à 5)",
        RecommendLabel = "Je recommanderais cet accompagnement à une autre institution",
        CommentsLabel = "Commentaires",
        SendEvaluation = "Envoyer mon évaluation",
        EvaluationThanks = "Merci ! Votre évaluation a été transmise à la SMQ.",
        EvaluationAlreadyReceived = "Votre évaluation était déjà reçue : elle compte une fois.",
        EvaluationResultTitle = institution => $"Évaluation reçue : {institution}",
        Recommends = yes => yes ? "Recommanderait l’accompagnement" : "Ne recommanderait pas l’accompagnement",
        RecommendationLabel = "Recommandation",
        Statement = "Relevé du mois",
        EntriesButton = "Heures",
        CohortHoursTotal = total => $"Vos heures consignées pour cette cohorte : {total}",
        StatementTitle = (expert, month) => $"Relevé d’heures : {expert}, {month}",
        StatementTotal = total => $"Total approuvé : {total}",
        DownloadCsv = "CSV",
        DownloadNote = "Le lien de téléchargement est personnel et vaut 15 minutes.",
        StatusName = s => s switch { EntryStatus.Approved => "approuvée", EntryStatus.Pending => "en attente", _ => "refusée" },
        SatisfactionRequired = "Indiquez votre satisfaction, de 1 à 5.",
        ThisMonth = "Vos entrées de ce mois-ci",
        DeleteEntry = "Supprimer",
        EditEntry = "Modifier",
        EditEntryTitle = "Modifier une entrée d’heures",
        SaveEntry = "Enregistrer la modification",
        LedgerFull = "Ce registre d’heures est plein (400 entrées) : demandez au personnel de la SMQ de l’archiver. Rien n’a été enregistré.",
        MonthLocked = month => $"Le mois de {month} est verrouillé : ses heures ne changent plus.",
        OnlyThisMonth = "Seules les entrées du mois en cours se modifient ou se suppriment.",
        LockedNotice = month => $"{month} verrouillé.",
        Approve = "Approuver",
        Decline = "Refuser",
        Decided = (approved, duration, date) => approved ? $"Entrée de {duration} du {date} approuvée." : $"Entrée de {duration} du {date} refusée.",
    };

    public static readonly CoachingTexts English = new()
    {
        WaitingFor = list => $"Waiting for: {list}",
        WaitingAccompaniments = "Accompaniments waiting",
        AxisName = axis => axis switch
        {
            Axis.Positioning => "Positioning in Quebec's tourism ecosystem",
            Axis.Audiences => "Knowing audiences",
            Axis.Welcome => "Welcome and customer service",
            Axis.Management => "Organizational management",
            _ => "Sustainable development",
        },
        LogHoursTitle = "Log hours",
        BudgetLine = (used, budget, left) => $"{used} of {budget}, {left} left",
        BudgetOverrun = (used, budget, over) => $"{used} of {budget}, {over} over budget",
        InstitutionLabel = "Museum",
        RegionLabel = "Region",
        ExpertLabel = "Expert (e-mail)",
        AxisLabel = "Axis",
        BudgetLabel = "Hours agreed",
        OutcomeName = o => o switch { Outcome.Achieved => "Achieved", Outcome.Partly => "Partly", _ => "Not achieved" },
        StatusLabel = "Status",
        LockMonth = month => $"Lock {month}",
        AlreadyDecided = "This entry was already decided.",
        WorkKindName = kind => kind switch
        {
            WorkKind.Video => "Video session",
            WorkKind.InPerson => "In-person session",
            WorkKind.Phone => "Phone call",
            WorkKind.Preparation => "Preparation",
            _ => "Report",
        },
        HoursCommand = new("hours", "Log your coaching hours and see the budget left."),
        CoachingCommand = new("coaching", "The individual coaching under way; create one."),
        NothingToLogFor = "You have no coaching under way.",
        ForLabel = "Coaching or cohort",
        LedgerName = kind => kind == Data.Coaching.LedgerKind.Cohort ? "Cohort" : "Coaching",
        DateLabel = "Date",
        DurationLabel = "Duration",
        WorkKindLabel = "Kind of work",
        NoteLabel = "Note",
        LogHours = "Save",
        HoursLogged = "Hours saved",
        PendingApproval = duration => $"{duration} awaiting approval: this entry would go over the budget; SMQ staff will approve or decline it.",
        EightyPercentReached = institution => $"80% of the hour budget is used for the coaching of {institution}.",
        NotYourAccompaniment = "You are not the expert of this coaching or cohort.",
        DurationRule = "The duration goes from a quarter of an hour to 8 hours, in quarter hours.",
        DateRule = "The date cannot be in the future nor outside the coaching's dates.",
        AccompanimentClosed = "This coaching has ended.",
        AccompanimentTitle = institution => $"Coaching: {institution}",
        CoachingTitle = "Individual coaching under way",
        NoOpenAccompaniment = "No coaching under way.",
        NewAccompaniment = "New coaching",
        CoachedPersonLabel = "Coached person (e-mail)",
        CreateAccompaniment = "Create the coaching",
        CoachedWelcome = institution => $"Your individual coaching begins: {institution}",
        ExpertAssigned = institution => $"You are coaching {institution}",
        HoursAgreed = hours => $"Hours agreed: {hours}.",
        ApprovalTitle = "Hours over the budget to approve",
        OverBudgetTitle = "Hours over the budget",
        EntryGone = "The expert deleted this entry: there is nothing left to approve.",
        AlsoWaiting = (count, duration) => count <= 1
            ? $"One more entry is waiting ({duration}); the card shows it after your decision:"
            : $"{count} more entries are waiting ({duration}); the card shows them one by one after your decision:",
        AndMore = count => $"… and {count} more.",
        EvaluationTitle = institution => $"End-of-course evaluation: {institution}",
        EvaluationIntro = "Your coaching has ended. Tell us where you stand and what you take away from it.",
        SatisfactionLabel = "Your satisfaction (1 to 5)",
        RecommendLabel = "I would recommend this coaching to another institution",
        CommentsLabel = "Comments",
        SendEvaluation = "Send my evaluation",
        EvaluationThanks = "Thank you! Your evaluation went to the SMQ.",
        EvaluationAlreadyReceived = "Your evaluation was already received: it counts once.",
        EvaluationResultTitle = institution => $"Evaluation received: {institution}",
        Recommends = yes => yes ? "Would recommend the coaching" : "Would not recommend the coaching",
        RecommendationLabel = "Recommendation",
        Statement = "Month's statement",
        EntriesButton = "Hours",
        CohortHoursTotal = total => $"Your hours logged for this cohort: {total}",
        StatementTitle = (expert, month) => $"Hours statement: {expert}, {month}",
        StatementTotal = total => $"Approved total: {total}",
        DownloadCsv = "CSV",
        DownloadNote = "The download links are yours alone and last 15 minutes.",
        StatusName = s => s switch { EntryStatus.Approved => "approved", EntryStatus.Pending => "pending", _ => "declined" },
        SatisfactionRequired = "Give your satisfaction, from 1 to 5.",
        ThisMonth = "Your entries this month",
        DeleteEntry = "Delete",
        EditEntry = "Edit",
        EditEntryTitle = "Edit an hour entry",
        SaveEntry = "Save the change",
        LedgerFull = "This hour ledger is full (400 entries): ask SMQ staff to archive it. Nothing was saved.",
        MonthLocked = month => $"{month} is locked: its hours no longer change.",
        OnlyThisMonth = "Only this month's entries can be edited or deleted.",
        LockedNotice = month => $"{month} locked.",
        Approve = "Approve",
        Decline = "Decline",
        Decided = (approved, duration, date) => approved ? $"Entry of {duration} on {date} approved." : $"Entry of {duration} on {date} declined.",
    };
}
