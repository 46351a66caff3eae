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

    public static readonly PrivacyTexts French = new()
    {
        MyDataCommand = new("mes données", "Ce que SmqBot garde sur vous, à télécharger ; demander une correction ou l’effacement."),
        PrivacyCommand = new("confidentialité", "Demandes d’accès, de correction et d’effacement ; journal des accès."),
        MyDataTitle = "Vos renseignements personnels",
        MyDataIntro = "Voici ce que SmqBot garde sur vous, et qui peut le voir. Le téléchargement contient tout, sans rien de ce que d’autres personnes ont écrit.",
        KindName = kind => kind switch
        {
            "profile" => "Votre profil (nom, adresse, institution, langue)",
            "participation" => "Vos cibles, vos bilans et ce que vous appliquez sur le terrain",
            "application" => "Vos candidatures",
            "cohort" => "Vos cohortes",
            "accompaniment" => "Vos accompagnements",
            "meeting" => "Vos rencontres de codéveloppement",
            "messageToYou" => "Les messages que SmqBot vous a envoyés",
            "messageNamingYou" => "Des messages à d’autres personnes qui vous nomment",
            "invitation" => "Vos invitations",
            "team" => "Les équipes Teams où SmqBot vous a vu",
            "privacyRequest" => "Vos demandes de confidentialité",
            "accessLog" => "Les accès à vos renseignements",
            "callCreated" => "Les appels que vous avez publiés",
            _ => "D’autres mentions de vous",
        },
        WhoSees = kind => kind switch
        {
            "profile" => "Vu par vous et le personnel de la SMQ.",
            "participation" => "Vu par vous, les ressources de votre cohorte ou votre ressource, et le personnel de la SMQ.",
            "application" => "Vu par vous et le personnel de la SMQ.",
            "cohort" => "Vu par les membres et les ressources de la cohorte, et le personnel de la SMQ.",
            "accompaniment" => "Vu par vous, votre ressource et le personnel de la SMQ.",
            "meeting" => "Vu par les personnes invitées à la rencontre.",
            "messageToYou" or "messageNamingYou" => "Vu par la personne à qui chaque message s’adresse.",
            "team" => "Vu par le personnel de la SMQ.",
            _ => "Vu par vous et le personnel de la SMQ.",
        },
        Documents = n => n == 1 ? "1 document" : $"{n} documents",
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
        MoreOpenRequests = n => n == 1
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
        Erased = (rewritten, deleted) => $"Personne effacée : {rewritten} documents anonymisés, {deleted} supprimés.",
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
    };

    public static readonly PrivacyTexts English = new()
    {
        MyDataCommand = new("my data", "What SmqBot keeps about you, to download; ask for a correction or erasure."),
        PrivacyCommand = new("privacy", "Access, correction and erasure requests; the access log."),
        MyDataTitle = "Your personal information",
        MyDataIntro = "Here is what SmqBot keeps about you, and who can see it. The download holds all of it, and nothing other people wrote.",
        KindName = kind => kind switch
        {
            "profile" => "Your profile (name, address, institution, language)",
            "participation" => "Your targets, check-ins and what you apply in the field",
            "application" => "Your applications",
            "cohort" => "Your cohorts",
            "accompaniment" => "Your accompaniments",
            "meeting" => "Your codevelopment meetings",
            "messageToYou" => "Messages SmqBot sent you",
            "messageNamingYou" => "Messages to other people that name you",
            "invitation" => "Your invitations",
            "team" => "Teams teams where SmqBot saw you",
            "privacyRequest" => "Your privacy requests",
            "accessLog" => "Access to your information",
            "callCreated" => "Calls you posted",
            _ => "Other mentions of you",
        },
        WhoSees = kind => kind switch
        {
            "profile" => "Seen by you and SMQ staff.",
            "participation" => "Seen by you, your cohort's experts or your expert, and SMQ staff.",
            "application" => "Seen by you and SMQ staff.",
            "cohort" => "Seen by the cohort's members and experts, and SMQ staff.",
            "accompaniment" => "Seen by you, your expert and SMQ staff.",
            "meeting" => "Seen by the people invited to the meeting.",
            "messageToYou" or "messageNamingYou" => "Seen by the person each message is for.",
            "team" => "Seen by SMQ staff.",
            _ => "Seen by you and SMQ staff.",
        },
        Documents = n => n == 1 ? "1 document" : $"{n} documents",
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
        MoreOpenRequests = n => n == 1
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
        Erased = (rewritten, deleted) => $"Person erased: {rewritten} documents anonymised, {deleted} deleted.",
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
            _ => "anonymised at the end of retention",
        },
        AccessLine = (at, by, action, subject) => $"{at} · {by} · {action} · {subject}",
        ToldErased = "Your erasure request was carried out: SmqBot no longer keeps your information. If you write to it again, it will welcome you as a new person.",
        ToldCorrected = "Your correction request was dealt with. SMQ's answer:",
        ToldRefused = "Your request was not accepted. SMQ's answer:",
        NewRequest = (kind, due) => $"New privacy request: {kind}. Answer due {due}.",
        Transparency = officer => $"SmqBot keeps your targets, check-ins, hours and exchanges with the programme to follow your professional development and report to the Ministry. Type \"my data\" to see or download them; person in charge of your information: {officer}.",
        ConfirmErase = new("Erase this person? Their profile is deleted; their name, address and what they wrote are removed everywhere. This cannot be undone.", "Yes, erase", "Person erased."),
        CsvHeader = ["Kind", "Container", "Document", "Field", "Value"],
        ReportSubject = year => $"report {year}",
        StatementSubject = month => $"hour statement {month}",
    };
}
