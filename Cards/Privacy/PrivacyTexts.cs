using SmqBot.Cards.Common;
using SmqBot.Data.Privacy;

namespace SmqBot.Cards.Privacy;

/// <summary>The texts of the privacy cards (Law 25), in French and English: part of <see cref="Texts"/>.</summary>
public sealed record PrivacyTexts
{
    public required CommandText MyDataCommand { get; init; }
    public required CommandText PrivacyCommand { get; init; }
    public required string MyDataTitle { get; init; }
    public required string MyDataIntro { get; init; }
    public required Func<string, string> KindName { get; init; }
    public required Func<string, string> WhoSees { get; init; }
    /// <summary>A section's sheet in the workbook (at most 31 characters).</summary>
    public required Func<string, string> SheetName { get; init; }
    /// <summary>A field of the export, in words.</summary>
    public required Func<string, string> FieldName { get; init; }
    public required string Yes { get; init; }
    public required string RetentionActor { get; init; }
    public required string ErasedPerson { get; init; }
    public required string UnknownPerson { get; init; }
    public required string No { get; init; }
    /// <summary>On an erasure's card: other people's texts that name the erased person, for staff to review.</summary>
    public required string ReviewHeading { get; init; }
    public required string ReviewIntro { get; init; }
    public required string BlankText { get; init; }
    public required string Blanked { get; init; }
    public required Func<int, string> Documents { get; init; }
    public required string NothingKept { get; init; }
    public required string DownloadHeading { get; init; }
    public required string DownloadJson { get; init; }
    public required string DownloadCsv { get; init; }
    public required string LinksNote { get; init; }
    public required Func<string, string> Officer { get; init; }
    public required string AskHeading { get; init; }
    public required string ErasureExplained { get; init; }
    public required string RequestKindLabel { get; init; }
    public required Func<PrivacyRequestKind, string> KindOfRequest { get; init; }
    public required string DetailsLabel { get; init; }
    public required string SendRequest { get; init; }
    public required Func<string, string, string> RequestSent { get; init; }
    public required string YourRequests { get; init; }
    public required Func<PrivacyRequestStatus, string> StatusName { get; init; }
    public required Func<string, string, string, string> RequestLine { get; init; }
    public required string PrivacyTitle { get; init; }
    public required string OpenRequests { get; init; }
    public required string NoOpenRequests { get; init; }
    /// <summary>Open requests the staff card does not list (the oldest come first): how many, and that they come next.</summary>
    public required Func<int, string> MoreOpenRequests { get; init; }
    /// <summary>Someone asks again while the same kind of request of theirs is open: which, and by when it is answered.</summary>
    public required Func<string, string, string> AlreadyOpen { get; init; }
    public required Func<string, string, string, string, string> StaffRequestLine { get; init; }
    public required string Overdue { get; init; }
    public required string AnswerLabel { get; init; }
    public required string HandleRequest { get; init; }
    public required string MarkCorrected { get; init; }
    public required string Refuse { get; init; }
    public required string ErasePerson { get; init; }
    public required string TheirData { get; init; }
    public required string AlreadyAnswered { get; init; }
    public required string AnswerRequired { get; init; }
    public required Func<string, string> Answered { get; init; }
    public required Func<int, int, string> Erased { get; init; }
    public required string AccessLog { get; init; }
    public required string NoAccess { get; init; }
    public required Func<AccessAction, string> ActionName { get; init; }
    public required Func<string, string, string, string, string> AccessLine { get; init; }
    public required string ToldErased { get; init; }
    public required string ToldCorrected { get; init; }
    public required string ToldRefused { get; init; }
    public required Func<string, string, string> NewRequest { get; init; }
    public required Func<string, string> Transparency { get; init; }
    public required Confirmation ConfirmErase { get; init; }
    public required string[] CsvHeader { get; init; }
    /// <summary>What a download in the access log was: a report's table (fiscal year), an hour statement (month).</summary>
    public required Func<string, string> ReportSubject { get; init; }
    public required Func<string, string> StatementSubject { get; init; }
    public required string RegistrationsSubject { get; init; }

    public static readonly PrivacyTexts French = new()
    {
        MyDataCommand = new("mes données", "Ce que SmqBot garde sur vous, à télécharger ; demander une correction ou l’effacement."),
        PrivacyCommand = new("confidentialité", "Demandes d’accès, de correction et d’effacement ; journal des accès."),
        MyDataTitle = "Vos renseignements personnels",
        MyDataIntro = "Voici ce que SmqBot garde sur vous, et qui peut le voir. Le téléchargement contient tout, sans rien de ce que d’autres personnes ont écrit.",
        KindName = section => section switch
        {
            "profile" => "Votre profil (nom, adresse, institution, langue)",
            "courses" => "Vos cohortes et accompagnements, comme participante ou participant",
            "targets" => "Vos cibles",
            "checkIns" => "Vos bilans",
            "intentions" => "Ce que vous comptez appliquer sur le terrain",
            "cohorts" => "Vos cohortes",
            "hours" => "Des heures d’accompagnement",
            "accompaniments" => "Vos accompagnements",
            "evaluations" => "Vos évaluations de fin de parcours",
            "applications" => "Vos candidatures",
            "callsCreated" => "Les appels que vous avez publiés",
            "activities" => "Vos inscriptions aux activités ponctuelles",
            "activitiesCreated" => "Les activités ponctuelles que vous avez créées",
            "plansSet" => "Les plans annuels que vous avez fixés",
            "meetings" => "Vos rencontres de codéveloppement",
            "invitations" => "Vos invitations",
            "messages" => "Les messages que SmqBot vous a envoyés",
            "teams" => "Les équipes Teams où SmqBot vous a vu",
            "requests" => "Vos demandes de confidentialité",
            "accessLog" => "Les accès à vos renseignements",
            _ => section,
        },
        SheetName = section => section switch
        {
            "profile" => "Profil", "courses" => "Parcours", "targets" => "Mes cibles", "checkIns" => "Mes bilans", "intentions" => "Sur le terrain",
            "cohorts" => "Cohortes", "hours" => "Heures", "accompaniments" => "Accompagnements", "evaluations" => "Évaluations",
            "applications" => "Candidatures", "callsCreated" => "Appels publiés", "activities" => "Activités", "activitiesCreated" => "Activités créées", "plansSet" => "Plans annuels", "meetings" => "Rencontres", "invitations" => "Invitations",
            "messages" => "Messages", "teams" => "Équipes", "requests" => "Demandes", "accessLog" => "Accès", _ => section,
        },
        FieldName = key => key switch
        {
            "name" => "Nom", "email" => "Adresse", "institution" => "Institution muséale", "region" => "Région", "language" => "Langue choisie",
            "locale" => "Langue de Teams", "timeZone" => "Fuseau horaire", "roles" => "Rôles", "firstSeen" => "Première visite", "appInstalled" => "SmqBot installé",
            "course" => "Parcours", "start" => "Début", "end" => "Fin", "open" => "En cours", "closed" => "Terminé", "what" => "Cible", "indicator" => "Indicateur",
            "unit" => "Unité", "baseline" => "Point de départ", "goal" => "Objectif", "latest" => "Dernière valeur", "due" => "Échéance", "state" => "État",
            "date" => "Date", "applied" => "Appliqué sur le terrain", "obstacles" => "Obstacles", "confidence" => "Confiance", "shareObstacles" => "Obstacles partagés",
            "text" => "Texte", "role" => "Rôle", "minutes" => "Minutes", "kind" => "Nature", "status" => "Statut", "note" => "Note", "axis" => "Axe",
            "expert" => "Ressource spécialisée", "budgetMinutes" => "Minutes prévues", "objectives" => "Objectifs", "satisfaction" => "Satisfaction",
            "wouldRecommend" => "Recommanderait", "comments" => "Commentaires", "submitted" => "Envoyée", "people" => "Personnes concernées",
            "improvementAreas" => "Points à améliorer", "motivation" => "Motivation", "decision" => "Décision", "title" => "Titre", "created" => "Créé",
            "posted" => "Publié", "deadline" => "Date limite", "vote" => "Votre vote", "invited" => "Invitation",
            "waitingFor" => "En attente", "subject" => "Sujet", "sent" => "Envoyé", "team" => "Équipe", "details" => "Précisions", "answer" => "Réponse",
            "answered" => "Répondue", "action" => "Action", "byYou" => "Par vous", "aboutYou" => "À votre sujet", "section" => "Rubrique", "item" => "Élément",
            "field" => "Champ", "value" => "Valeur", "registered" => "Inscription", "cancelled" => "Annulée", "needs" => "Besoins particuliers",
            "present" => "Présence", "year" => "Exercice", _ => key,
        },
        WhoSees = section => section switch
        {
            "profile" or "applications" or "requests" or "accessLog" or "callsCreated" or "invitations" => "Vu par vous et le personnel de la SMQ.",
            "courses" or "targets" or "checkIns" or "intentions" => "Vu par vous, les ressources de votre cohorte ou votre ressource, et le personnel de la SMQ.",
            "cohorts" => "Vu par les membres et les ressources de la cohorte, et le personnel de la SMQ.",
            "accompaniments" or "evaluations" or "hours" => "Vu par vous, la personne accompagnée ou sa ressource, et le personnel de la SMQ.",
            "meetings" => "Vu par les personnes invitées à la rencontre.",
            "messages" => "Vu par vous seul : ce que SmqBot vous a écrit.",
            "teams" => "Vu par le personnel de la SMQ.",
            _ => "Vu par vous et le personnel de la SMQ.",
        },
        Yes = "Oui",
        RetentionActor = "la conservation automatique",
        ErasedPerson = "une personne effacée",
        UnknownPerson = "une personne que SmqBot ne connaît plus",
        No = "Non",
        ReviewHeading = "Textes d’autres personnes qui la nomment",
        ReviewIntro = "L’effacement n’a pas touché à ce que d’autres ont écrit. Ces textes nomment la personne effacée : effacez ceux qui ne devraient pas rester.",
        BlankText = "Effacer ce texte",
        Blanked = "Texte effacé.",
        Documents = n => Count.Fr(n, "élément", "éléments"),
        NothingKept = "SmqBot ne garde rien sur vous pour l’instant.",
        DownloadHeading = "Tout télécharger",
        DownloadJson = "JSON",
        DownloadCsv = "CSV",
        LinksNote = "Les liens de téléchargement ne servent qu’à vous et expirent dans 15 minutes.",
        Officer = who => $"Responsable de la protection des renseignements personnels : {who}",
        AskHeading = "Demander une correction ou l’effacement",
        ErasureExplained = "L’effacement retire votre nom, votre adresse et tout ce que vous avez écrit ; les heures et les chiffres restent, sans votre nom, dans les rapports au Ministère. Réponse dans les 30 jours.",
        RequestKindLabel = "Votre demande",
        KindOfRequest = kind => kind == PrivacyRequestKind.Erasure ? "Effacer mes renseignements" : "Corriger un renseignement",
        DetailsLabel = "Précisez votre demande (pour une correction : ce qui est inexact et ce qu’il faut y mettre)",
        SendRequest = "Envoyer la demande",
        RequestSent = (officer, due) => $"Demande transmise à {officer}. Vous aurez une réponse ici au plus tard le {due}.",
        YourRequests = "Vos demandes",
        StatusName = status => status switch { PrivacyRequestStatus.Done => "traitée", PrivacyRequestStatus.Refused => "refusée", _ => "en cours" },
        RequestLine = (kind, status, at) => $"{kind} · {status} · {at}",
        PrivacyTitle = "Confidentialité (Loi 25)",
        OpenRequests = "Demandes ouvertes",
        NoOpenRequests = "Aucune demande ouverte.",
        MoreOpenRequests = n => n <= 1
            ? "1\u00a0autre demande ouverte, plus récente, paraîtra ici quand celles-ci seront traitées."
            : $"{n}\u00a0autres demandes ouvertes, plus récentes, paraîtront ici quand celles-ci seront traitées.",
        AlreadyOpen = (kind, due) => $"Votre demande « {kind} » est déjà ouverte : vous aurez une réponse ici au plus tard le {due}.",
        StaffRequestLine = (name, kind, at, due) => $"{name} · {kind} · reçue le {at} · réponse due le {due}",
        Overdue = "En retard : le délai de 30 jours est dépassé.",
        AnswerLabel = "Réponse à la personne",
        HandleRequest = "Traiter la demande",
        MarkCorrected = "Corrigé",
        Refuse = "Refuser",
        ErasePerson = "Effacer cette personne",
        TheirData = "Ses données (JSON)",
        AlreadyAnswered = "Cette demande a déjà reçu une réponse.",
        AnswerRequired = "Écrivez la réponse que la personne recevra.",
        Answered = status => $"Réponse envoyée : demande {status}.",
        Erased = (rewritten, deleted) => $"Personne effacée : {Count.Fr(rewritten, "document anonymisé", "documents anonymisés")}, {Count.Fr(deleted, "supprimé", "supprimés")}.",
        AccessLog = "Journal des accès",
        NoAccess = "Aucun accès enregistré ces deux derniers mois.",
        ActionName = action => action switch
        {
            AccessAction.OwnDownload => "téléchargement de ses propres données",
            AccessAction.Download => "téléchargement d’un export",
            AccessAction.PersonExport => "téléchargement des données d’une personne",
            AccessAction.Erasure => "effacement",
            AccessAction.Correction => "réponse à une demande de correction",
            AccessAction.Refusal => "refus d’une demande",
            _ => "anonymisation à l’échéance de conservation",
        },
        AccessLine = (at, by, action, subject) => $"{at} · {by} · {action} · {subject}",
        ToldErased = "Votre demande d’effacement a été traitée : SmqBot ne garde plus vos renseignements. Si vous lui écrivez de nouveau, il vous accueillera comme une nouvelle personne.",
        ToldCorrected = "Votre demande de correction a été traitée. Réponse de la SMQ :",
        ToldRefused = "Votre demande n’a pas été acceptée. Réponse de la SMQ :",
        NewRequest = (kind, due) => $"Nouvelle demande de confidentialité : {kind}. Réponse due le {due}.",
        Transparency = officer => $"SmqBot garde vos cibles, vos bilans, vos heures et vos échanges avec le programme pour suivre votre développement professionnel et rendre compte au Ministère. Écrivez « mes données » pour les voir ou les télécharger ; responsable de vos renseignements : {officer}.",
        ConfirmErase = new("Effacer cette personne ? Son profil est supprimé ; son nom, son adresse et ce qu’elle a écrit sont retirés partout. C’est irréversible.", "Oui, effacer", "Personne effacée."),
        CsvHeader = ["Type", "Conteneur", "Document", "Champ", "Valeur"],
        ReportSubject = year => $"rapport {year}",
        StatementSubject = month => $"relevé d’heures {month}",
        RegistrationsSubject = "inscriptions à une activité ponctuelle",
    };

    public static readonly PrivacyTexts English = new()
    {
        MyDataCommand = new("my data", "What SmqBot keeps about you, to download; ask for a correction or erasure."),
        PrivacyCommand = new("privacy", "Access, correction and erasure requests; the access log."),
        MyDataTitle = "Your personal information",
        MyDataIntro = "Here is what SmqBot keeps about you, and who can see it. The download holds all of it, and nothing other people wrote.",
        KindName = section => section switch
        {
            "profile" => "Your profile (name, address, institution, language)",
            "courses" => "Your cohorts and accompaniments, as a participant",
            "targets" => "Your targets",
            "checkIns" => "Your check-ins",
            "intentions" => "What you intend to apply in the field",
            "cohorts" => "Your cohorts",
            "hours" => "Coaching hours",
            "accompaniments" => "Your accompaniments",
            "evaluations" => "Your end-of-course evaluations",
            "applications" => "Your applications",
            "callsCreated" => "Calls you posted",
            "activities" => "Your registrations to one-off activities",
            "activitiesCreated" => "One-off activities you created",
            "plansSet" => "Annual plans you set",
            "meetings" => "Your codevelopment meetings",
            "invitations" => "Your invitations",
            "messages" => "Messages SmqBot sent you",
            "teams" => "Teams teams where SmqBot saw you",
            "requests" => "Your privacy requests",
            "accessLog" => "Access to your information",
            _ => section,
        },
        SheetName = section => section switch
        {
            "profile" => "Profile", "courses" => "Courses", "targets" => "My targets", "checkIns" => "My check-ins", "intentions" => "In the field",
            "cohorts" => "Cohorts", "hours" => "Hours", "accompaniments" => "Accompaniments", "evaluations" => "Evaluations",
            "applications" => "Applications", "callsCreated" => "Calls posted", "activities" => "Activities", "activitiesCreated" => "Activities created", "plansSet" => "Annual plans", "meetings" => "Meetings", "invitations" => "Invitations",
            "messages" => "Messages", "teams" => "Teams", "requests" => "Requests", "accessLog" => "Access", _ => section,
        },
        FieldName = key => key switch
        {
            "name" => "Name", "email" => "Address", "institution" => "Museum institution", "region" => "Region", "language" => "Language chosen",
            "locale" => "Teams language", "timeZone" => "Time zone", "roles" => "Roles", "firstSeen" => "First visit", "appInstalled" => "SmqBot installed",
            "course" => "Course", "start" => "Start", "end" => "End", "open" => "Under way", "closed" => "Ended", "what" => "Target", "indicator" => "Indicator",
            "unit" => "Unit", "baseline" => "Baseline", "goal" => "Goal", "latest" => "Latest value", "due" => "Due", "state" => "State",
            "date" => "Date", "applied" => "Applied in the field", "obstacles" => "Obstacles", "confidence" => "Confidence", "shareObstacles" => "Obstacles shared",
            "text" => "Text", "role" => "Role", "minutes" => "Minutes", "kind" => "Kind", "status" => "Status", "note" => "Note", "axis" => "Area",
            "expert" => "Expert", "budgetMinutes" => "Minutes budgeted", "objectives" => "Objectives", "satisfaction" => "Satisfaction",
            "wouldRecommend" => "Would recommend", "comments" => "Comments", "submitted" => "Submitted", "people" => "People concerned",
            "improvementAreas" => "Areas to improve", "motivation" => "Motivation", "decision" => "Decision", "title" => "Title", "created" => "Created",
            "posted" => "Posted", "deadline" => "Deadline", "vote" => "Your vote", "invited" => "Invited",
            "waitingFor" => "Waiting", "subject" => "Subject", "sent" => "Sent", "team" => "Team", "details" => "Details", "answer" => "Answer",
            "answered" => "Answered", "action" => "Action", "byYou" => "By you", "aboutYou" => "About you", "section" => "Section", "item" => "Item",
            "field" => "Field", "value" => "Value", "registered" => "Registered", "cancelled" => "Cancelled", "needs" => "Particular needs",
            "present" => "Present", "year" => "Fiscal year", _ => key,
        },
        WhoSees = section => section switch
        {
            "profile" or "applications" or "requests" or "accessLog" or "callsCreated" or "invitations" => "Seen by you and SMQ staff.",
            "courses" or "targets" or "checkIns" or "intentions" => "Seen by you, your cohort's experts or your expert, and SMQ staff.",
            "cohorts" => "Seen by the cohort's members and experts, and SMQ staff.",
            "accompaniments" or "evaluations" or "hours" => "Seen by you, the coached person or their expert, and SMQ staff.",
            "meetings" => "Seen by the people invited to the meeting.",
            "messages" => "Seen by you alone: what SmqBot wrote to you.",
            "teams" => "Seen by SMQ staff.",
            _ => "Seen by you and SMQ staff.",
        },
        Yes = "Yes",
        RetentionActor = "automatic retention",
        ErasedPerson = "an erased person",
        UnknownPerson = "someone SmqBot no longer knows",
        No = "No",
        ReviewHeading = "Other people's texts that name them",
        ReviewIntro = "Erasure did not touch what other people wrote. These texts name the erased person: blank the ones that should not stay.",
        BlankText = "Blank this text",
        Blanked = "Text blanked.",
        Documents = n => Count.En(n, "item", "items"),
        NothingKept = "SmqBot keeps nothing about you yet.",
        DownloadHeading = "Download everything",
        DownloadJson = "JSON",
        DownloadCsv = "CSV",
        LinksNote = "The download links work for you only and expire in 15 minutes.",
        Officer = who => $"Person in charge of the protection of personal information: {who}",
        AskHeading = "Ask for a correction or erasure",
        ErasureExplained = "Erasure removes your name, your address and everything you wrote; hours and figures stay, without your name, in the reports to the Ministry. Answered within 30 days.",
        RequestKindLabel = "Your request",
        KindOfRequest = kind => kind == PrivacyRequestKind.Erasure ? "Erase my information" : "Correct some information",
        DetailsLabel = "Tell us more (for a correction: what is wrong and what it should say)",
        SendRequest = "Send the request",
        RequestSent = (officer, due) => $"Request sent to {officer}. You will get an answer here by {due}.",
        YourRequests = "Your requests",
        StatusName = status => status switch { PrivacyRequestStatus.Done => "done", PrivacyRequestStatus.Refused => "refused", _ => "open" },
        RequestLine = (kind, status, at) => $"{kind} · {status} · {at}",
        PrivacyTitle = "Privacy (Law 25)",
        OpenRequests = "Open requests",
        NoOpenRequests = "No open requests.",
        MoreOpenRequests = n => n <= 1
            ? "1 more open request, more recent, will show here once these are handled."
            : $"{n} more open requests, more recent, will show here once these are handled.",
        AlreadyOpen = (kind, due) => $"Your request “{kind}” is already open: you will get an answer here by {due}.",
        StaffRequestLine = (name, kind, at, due) => $"{name} · {kind} · received {at} · answer due {due}",
        Overdue = "Overdue: the 30 days have passed.",
        AnswerLabel = "Answer to the person",
        HandleRequest = "Handle the request",
        MarkCorrected = "Corrected",
        Refuse = "Refuse",
        ErasePerson = "Erase this person",
        TheirData = "Their data (JSON)",
        AlreadyAnswered = "This request has been answered already.",
        AnswerRequired = "Write the answer the person will receive.",
        Answered = status => $"Answer sent: request {status}.",
        Erased = (rewritten, deleted) => $"Person erased: {Count.En(rewritten, "document anonymized", "documents anonymized")}, {deleted} deleted.",
        AccessLog = "Access log",
        NoAccess = "No access recorded in the last two months.",
        ActionName = action => action switch
        {
            AccessAction.OwnDownload => "downloaded their own data",
            AccessAction.Download => "downloaded an export",
            AccessAction.PersonExport => "downloaded a person's data",
            AccessAction.Erasure => "erasure",
            AccessAction.Correction => "answered a correction request",
            AccessAction.Refusal => "refused a request",
            _ => "anonymized at the end of retention",
        },
        AccessLine = (at, by, action, subject) => $"{at} · {by} · {action} · {subject}",
        ToldErased = "Your erasure request was carried out: SmqBot no longer keeps your information. If you write to it again, it will welcome you as a new person.",
        ToldCorrected = "Your correction request was dealt with. SMQ's answer:",
        ToldRefused = "Your request was not accepted. SMQ's answer:",
        NewRequest = (kind, due) => $"New privacy request: {kind}. Answer due {due}.",
        Transparency = officer => $"SmqBot keeps your targets, check-ins, hours and exchanges with the program to follow your professional development and report to the Ministry. Type \"my data\" to see or download them; person in charge of your information: {officer}.",
        ConfirmErase = new("Erase this person? Their profile is deleted; their name, address and what they wrote are removed everywhere. This cannot be undone.", "Yes, erase", "Person erased."),
        CsvHeader = ["Kind", "Container", "Document", "Field", "Value"],
        ReportSubject = year => $"report {year}",
        StatementSubject = month => $"hour statement {month}",
        RegistrationsSubject = "registrations to a one-off activity",
    };
}
