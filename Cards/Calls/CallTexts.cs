using System.Globalization;
using SmqBot.Data.Calls;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;
using SmqBot.Cards.Common;

namespace SmqBot.Cards.Calls;

/// <summary>The texts of this feature's cards, in French and English: part of <see cref="Texts"/> (a missing translation does not compile).</summary>
public sealed record CallTexts
{
    public required CommandText CallsCommand { get; init; }
    public required string CallsTitle { get; init; }
    public required string NewCall { get; init; }
    public required string ChannelLabel { get; init; }
    public required Func<CallKind, string> CallKindName { get; init; }
    public required string CallKindLabel { get; init; }
    public required string TitleFrLabel { get; init; }
    public required string TitleEnLabel { get; init; }
    public required string DescriptionFrLabel { get; init; }
    public required string DescriptionEnLabel { get; init; }
    public required string EligibilityFrLabel { get; init; }
    public required string EligibilityEnLabel { get; init; }
    public required string PlacesLabel { get; init; }
    public required string DeadlineLabel { get; init; }
    public required string EditCall { get; init; }
    public required string CloseCall { get; init; }
    public required string EditCallTitle { get; init; }
    /// <summary>Under the edit form: the card in the channel changes with it, and where it is.</summary>
    public required Func<string, string> EditCallNote { get; init; }
    public required string SaveCall { get; init; }
    public required string CallUpdated { get; init; }
    /// <summary>The deadline in words and as a date and time (Montréal): ("dans 5 jours", "mardi 15 décembre 2026 à 23 h 59").</summary>
    public required Func<string, string, string> DeadlineIn { get; init; }
    public required string ApplicationsLabel { get; init; }
    public required Func<DateTime, string> LocalDateTime { get; init; }
    public required string Preview { get; init; }
    public required string Post { get; init; }
    public required string PreviewNote { get; init; }
    public required string PostedNote { get; init; }
    public required Func<int, string> PlacesCount { get; init; }
    public required Func<int, string> ApplicationCount { get; init; }
    public required string Apply { get; init; }
    public required string CallClosed { get; init; }
    public required string ApplicationSent { get; init; }
    public required string EditApplication { get; init; }
    public required string Withdraw { get; init; }
    public required string Withdrawn { get; init; }
    public required string ApplyTitle { get; init; }
    public required string PeopleConcernedLabel { get; init; }
    public required string ImprovementAreasLabel { get; init; }
    public required string MotivationLabel { get; init; }
    public required string CommitmentLabel { get; init; }
    public required string CommitmentTitle { get; init; }
    public required string CommitmentRequired { get; init; }
    public required string SendApplication { get; init; }
    public required string DeadlineInPast { get; init; }
    public required string AlreadyPosted { get; init; }
    public required string NoCalls { get; init; }
    public required Func<string, string> ApplicationsTitle { get; init; }
    public required Func<ApplicationStatus?, string> ApplicationFilter { get; init; }
    public required Func<ApplicationStatus, string> ApplicationStatusName { get; init; }
    public required string OpenApplication { get; init; }
    public required string SelectApplication { get; init; }
    public required string DeclineApplication { get; init; }
    public required string DecisionMessageLabel { get; init; }
    public required Func<string, string> DecisionTitle { get; init; }
    public required Func<bool, string> DecisionText { get; init; }
    public required string PlaceInCohortLabel { get; init; }

    public required Func<string, string> EndsIn { get; init; }
    public required string NoCohortToPlaceIn { get; init; }
    public required string AccompanimentTermsNote { get; init; }
    public required Func<string, string> PlacedInCohort { get; init; }
    public required Func<string, string> PlacedInAccompaniment { get; init; }
    /// <summary>A selection whose expert SmqBot does not know yet: the accompaniment starts at their first visit.</summary>
    public required Func<string, string> PlacedAwaitingExpert { get; init; }
    public required string NoApplications { get; init; }
    /// <summary>On a coaching application: the institution is not a member recognised for its tourism potential (staff decide).</summary>
    public required string NotRecognisedMember { get; init; }

    public static readonly CallTexts French = new()
    {
        EndsIn = when => $"Se termine {when}",
        NoCohortToPlaceIn = "Aucune cohorte en cours : créez-la avec « cohortes » avant de retenir une candidature.",
        AccompanimentTermsNote = "Pour retenir cette candidature, précisez l’accompagnement : la ressource spécialisée, la région, les heures et les dates.",
        PlacedInCohort = subject => $"Inscrite à la cohorte « {subject} ».",
        PlacedInAccompaniment = expert => $"Accompagnement créé avec {expert}.",
        PlacedAwaitingExpert = expert => $"Accompagnement prévu avec {expert} : il commencera dès sa première visite dans SmqBot.",
        NoApplications = "Aucune candidature ici.",
        NotRecognisedMember = "À vérifier : cette institution ne figure pas sur la liste des membres comme reconnue pour son potentiel touristique. L’accompagnement individualisé lui est destiné ; à vous de décider.",
        CallsCommand = new("appels", "Les appels de candidatures ; en rédiger et en publier un (personnel)."),
        CallsTitle = "Appels de candidatures",
        NewCall = "Nouvel appel",
        ChannelLabel = "Canal de publication",
        CallKindName = k => k == CallKind.Cohort ? "Cohorte de codéveloppement" : "Accompagnement individualisé",
        CallKindLabel = "Pour",
        TitleFrLabel = "Titre (français)",
        TitleEnLabel = "Titre (anglais, facultatif)",
        DescriptionFrLabel = "Description (français)",
        DescriptionEnLabel = "Description (anglais, facultative)",
        EligibilityFrLabel = "Admissibilité (français)",
        EligibilityEnLabel = "Admissibilité (anglais, facultative)",
        PlacesLabel = "Places",
        DeadlineLabel = "Date limite",
        EditCall = "Modifier",
        CloseCall = "Fermer l’appel",
        EditCallTitle = "Modifier l’appel",
        EditCallNote = channel => $"La carte publiée dans {channel} sera mise à jour. Le type d’appel et le canal ne changent plus.",
        SaveCall = "Enregistrer et mettre à jour le canal",
        CallUpdated = "Appel modifié ; la carte du canal est mise à jour.",
        DeadlineIn = (when, at) => $"{at} ({when})",
        ApplicationsLabel = "Candidatures",
        LocalDateTime = at => $"{Humanize.LongDate(Humanize.FrenchCulture, DateOnly.FromDateTime(at))} à {Humanize.Clock(Humanize.FrenchCulture, at)}",
        Preview = "Prévisualiser",
        Post = "Publier",
        PreviewNote = "Aperçu : voici l’appel tel qu’il paraîtra dans le canal.",
        PostedNote = "Publié dans le canal.",
        PlacesCount = n => Count.Fr(n, "place", "places"),
        ApplicationCount = n => n switch { 0 => "Aucune candidature pour l’instant", 1 => "1 candidature", _ => $"{n} candidatures" },
        Apply = "Postuler",
        CallClosed = "Cet appel est fermé : il ne reçoit plus de candidatures.",
        ApplicationSent = "Votre candidature est envoyée. Vous pouvez la modifier ou la retirer jusqu’à la date limite.",
        EditApplication = "Modifier ma candidature",
        Withdraw = "Retirer",
        Withdrawn = "Vous avez retiré votre candidature.",
        ApplyTitle = "Ma candidature",
        PeopleConcernedLabel = "La ou les personnes concernées (une ou deux)",
        ImprovementAreasLabel = "Les pistes d’amélioration visées",
        MotivationLabel = "Votre motivation",
        CommitmentLabel = "Nous nous engageons à adopter les objectifs proposés, à définir des cibles et à participer à l’évaluation de fin de parcours.",
        CommitmentTitle = "Engagement",
        CommitmentRequired = "Le programme demande cet engagement pour poser sa candidature.",
        SendApplication = "Envoyer ma candidature",
        DeadlineInPast = "La date limite doit être après aujourd’hui.",
        AlreadyPosted = "Cet appel est déjà publié.",
        NoCalls = "Aucun appel encore.",
        ApplicationsTitle = title => $"Candidatures : {title}",
        ApplicationFilter = status => status switch
        {
            null => "Toutes", ApplicationStatus.Submitted => "Reçues", ApplicationStatus.Selected => "Retenues",
            ApplicationStatus.Declined => "Refusées", _ => "Retirées",
        },
        ApplicationStatusName = status => status switch
        {
            ApplicationStatus.Submitted => "reçue", ApplicationStatus.Selected => "retenue", ApplicationStatus.Declined => "refusée", _ => "retirée",
        },
        OpenApplication = "Ouvrir",
        SelectApplication = "Retenir",
        DeclineApplication = "Refuser",
        DecisionMessageLabel = "Message à la personne (facultatif)",
        DecisionTitle = title => $"Votre candidature : {title}",
        DecisionText = selected => selected ? "Bonne nouvelle : votre candidature est retenue." : "Votre candidature n’a pas été retenue cette fois-ci.",
        PlaceInCohortLabel = "Cohorte où inscrire la personne retenue",
    };

    public static readonly CallTexts English = new()
    {
        EndsIn = when => $"Closes {when}",
        NoCohortToPlaceIn = "No cohort under way: create it with “cohorts” before selecting an application.",
        AccompanimentTermsNote = "To select this application, set out the accompaniment: the expert, the region, the hours and the dates.",
        PlacedInCohort = subject => $"Enrolled in the cohort “{subject}”.",
        PlacedInAccompaniment = expert => $"Accompaniment created with {expert}.",
        PlacedAwaitingExpert = expert => $"Accompaniment planned with {expert}: it starts at their first visit to SmqBot.",
        NoApplications = "No application here.",
        NotRecognisedMember = "To check: this institution is not on the member list as recognized for its tourism potential, which individual coaching is for; it is yours to decide.",
        CallsCommand = new("calls", "Calls for applications; write and post one (staff)."),
        CallsTitle = "Calls for applications",
        NewCall = "New call",
        ChannelLabel = "Channel to post in",
        CallKindName = k => k == CallKind.Cohort ? "Codevelopment cohort" : "Individual coaching",
        CallKindLabel = "For",
        TitleFrLabel = "Title (French)",
        TitleEnLabel = "Title (English, optional)",
        DescriptionFrLabel = "Description (French)",
        DescriptionEnLabel = "Description (English, optional)",
        EligibilityFrLabel = "Eligibility (French)",
        EligibilityEnLabel = "Eligibility (English, optional)",
        PlacesLabel = "Places",
        DeadlineLabel = "Deadline",
        EditCall = "Edit",
        CloseCall = "Close the call",
        EditCallTitle = "Edit the call",
        EditCallNote = channel => $"The card posted in {channel} will be updated. The kind of call and the channel no longer change.",
        SaveCall = "Save and update the channel",
        CallUpdated = "Call updated; the channel's card is updated.",
        DeadlineIn = (when, at) => $"{at} ({when})",
        ApplicationsLabel = "Applications",
        LocalDateTime = at => $"{Humanize.LongDate(Humanize.EnglishCulture, DateOnly.FromDateTime(at))} at {Humanize.Clock(Humanize.EnglishCulture, at)}",
        Preview = "Preview",
        Post = "Post",
        PreviewNote = "Preview: this is the call as it will appear in the channel.",
        PostedNote = "Posted in the channel.",
        PlacesCount = n => Count.En(n, "place", "places"),
        ApplicationCount = n => n switch { 0 => "No application yet", 1 => "1 application", _ => $"{n} applications" },
        Apply = "Apply",
        CallClosed = "This call is closed: it takes no more applications.",
        ApplicationSent = "Your application is sent. You can edit or withdraw it until the deadline.",
        EditApplication = "Edit my application",
        Withdraw = "Withdraw",
        Withdrawn = "You withdrew your application.",
        ApplyTitle = "My application",
        PeopleConcernedLabel = "The person or two people concerned",
        ImprovementAreasLabel = "The improvement areas you target",
        MotivationLabel = "Your motivation",
        CommitmentLabel = "We commit to adopt the proposed objectives, set targets and take part in the end-of-course evaluation.",
        CommitmentTitle = "Commitment",
        CommitmentRequired = "The program asks for this commitment to apply.",
        SendApplication = "Send my application",
        DeadlineInPast = "The deadline must be after today.",
        AlreadyPosted = "This call is already posted.",
        NoCalls = "No call yet.",
        ApplicationsTitle = title => $"Applications: {title}",
        ApplicationFilter = status => status switch
        {
            null => "All", ApplicationStatus.Submitted => "Received", ApplicationStatus.Selected => "Selected",
            ApplicationStatus.Declined => "Declined", _ => "Withdrawn",
        },
        ApplicationStatusName = status => status switch
        {
            ApplicationStatus.Submitted => "received", ApplicationStatus.Selected => "selected", ApplicationStatus.Declined => "declined", _ => "withdrawn",
        },
        OpenApplication = "Open",
        SelectApplication = "Select",
        DeclineApplication = "Decline",
        DecisionMessageLabel = "Message to the applicant (optional)",
        DecisionTitle = title => $"Your application: {title}",
        DecisionText = selected => selected ? "Good news: your application is selected." : "Your application was not selected this time.",
        PlaceInCohortLabel = "Cohort to enrol the selected person in",
    };
}
