using SmqBot.Cards.Common;
using SmqBot.Data.Activities;

namespace SmqBot.Cards.Activities;

/// <summary>The texts of the activities' cards, in French and English: part of <see cref="Texts"/> (a missing translation does not compile).</summary>
public sealed record ActivityTexts
{
    public required CommandText ActivitiesCommand { get; init; }
    public required CommandText MyActivitiesCommand { get; init; }
    public required string ActivitiesTitle { get; init; }
    public required string NoActivities { get; init; }
    public required string NewActivity { get; init; }
    public required string EditActivityTitle { get; init; }
    public required string Edit { get; init; }
    public required string CancelActivity { get; init; }
    public required Func<ActivityKind, string> KindName { get; init; }
    public required Func<ActivityFormat, string> FormatName { get; init; }
    public required string KindLabel { get; init; }
    public required string TitleLabel { get; init; }
    public required string SubjectLabel { get; init; }
    public required string DescriptionLabel { get; init; }
    public required string DateLabel { get; init; }
    public required string StartTimeLabel { get; init; }
    public required string EndTimeLabel { get; init; }
    public required string FormatLabel { get; init; }
    public required string PlaceLabel { get; init; }
    public required string RegionLabel { get; init; }
    public required string CapacityLabel { get; init; }
    public required string CapacityRange { get; init; }
    public required string DeadlineLabel { get; init; }
    public required string AudienceNote { get; init; }
    public required string CohortsLabel { get; init; }
    public required string PeopleLabel { get; init; }
    public required Func<int, string> TooManyPeople { get; init; }
    public required Func<int, string> TooManyCohorts { get; init; }
    public required string ChannelLabel { get; init; }
    public required string EndBeforeStart { get; init; }
    public required string DeadlineAfterStart { get; init; }
    public required string DateInPast { get; init; }
    public required string NowhereToSend { get; init; }
    public required Func<string, string> NotKnownYet { get; init; }
    public required string Preview { get; init; }
    public required string PreviewNote { get; init; }
    public required string Publish { get; init; }
    public required Func<bool, int, string> PublishedNote { get; init; }
    public required string AlreadyPublished { get; init; }
    public required string Save { get; init; }
    public required string Updated { get; init; }
    public required string WhenLabel { get; init; }
    public required string WhereLabel { get; init; }
    public required string PlacesLabel { get; init; }
    public required string RegistrationsLabel { get; init; }
    public required Func<DateTimeOffset, DateTimeOffset, string> When { get; init; }
    public required Func<int?, int, string> Places { get; init; }
    public required Func<int, int, string> RegistrationCount { get; init; }
    public required string Online { get; init; }
    public required string NoCalendarInvite { get; init; }
    public required string CalendarInvite { get; init; }
    public required string Join { get; init; }
    public required string NeedsLabel { get; init; }
    public required string Register { get; init; }
    public required string CancelRegistration { get; init; }
    public required string Confirmed { get; init; }
    public required Func<int, string> WaitingAt { get; init; }
    public required string RegistrationClosed { get; init; }
    public required string Started { get; init; }
    public required string Cancelled { get; init; }
    public required string ForInvitedOnly { get; init; }
    public required string RegistrationCancelled { get; init; }
    public required Func<string, string> PromotedTitle { get; init; }
    public required string PromotedText { get; init; }
    public required Func<string, string> CancelledTitle { get; init; }
    public required string CancelledText { get; init; }
    public required Func<string, string> ReminderTomorrow { get; init; }
    public required Func<string, string> ReminderInAnHour { get; init; }
    public required Func<string, string> AttendanceDue { get; init; }
    public required string TakeAttendance { get; init; }
    public required Func<string, string> AttendanceTitle { get; init; }
    public required string AttendanceAllPresent { get; init; }
    public required string AttendanceFromTeams { get; init; }
    public required string AttendanceReportMissing { get; init; }
    public required string NobodyConfirmed { get; init; }
    public required string SaveAttendance { get; init; }
    public required Func<int, int, string> AttendanceSaved { get; init; }
    public required string NotEnded { get; init; }
    public required Func<string, string> EvaluationTitle { get; init; }
    public required string SatisfactionLabel { get; init; }
    public required string SatisfactionRequired { get; init; }
    public required string ApplyLabel { get; init; }
    public required string CommentLabel { get; init; }
    public required string SendEvaluation { get; init; }
    public required string EvaluationSaved { get; init; }
    public required string NotPresent { get; init; }
    public required Func<string, string> RegistrationsTitle { get; init; }
    public required string ConfirmedHeading { get; init; }
    public required string WaitingHeading { get; init; }
    public required string NobodyYet { get; init; }
    public required Func<string, string> NeedsLine { get; init; }
    public required string Registrations { get; init; }
    public required string MyActivitiesTitle { get; init; }
    public required string NoRegistrations { get; init; }
    public required string Open { get; init; }
    public required string Draft { get; init; }
    /// <summary>The attendance as the registrations' download writes it.</summary>
    public required Func<bool, string> Attended { get; init; }
    public required string ReportSection { get; init; }
    public required Func<int, int, string> ReportHeadline { get; init; }
    public required string ReportKindsLabel { get; init; }
    public required string ReportAttendanceLabel { get; init; }
    public required string ReportReachLabel { get; init; }
    public required Func<int, int, string> ReportReach { get; init; }
    public required string ReportSatisfactionLabel { get; init; }
    public required Func<int, double?, string> ReportSatisfaction { get; init; }

    public static readonly ActivityTexts French = new()
    {
        ActivitiesCommand = new("activités", "Les activités ponctuelles : en créer, publier, suivre les inscriptions et les présences (personnel)."),
        MyActivitiesCommand = new("mes activités", "Vos inscriptions aux activités ponctuelles (conférences, journées, forums…)."),
        ActivitiesTitle = "Activités ponctuelles",
        NoActivities = "Aucune activité encore.",
        NewActivity = "Nouvelle activité",
        EditActivityTitle = "Modifier l’activité",
        Edit = "Modifier",
        CancelActivity = "Annuler l’activité",
        KindName = k => k switch
        {
            ActivityKind.Conference => "Conférence", ActivityKind.ProfessionalDay => "Journée professionnelle", ActivityKind.Forum => "Forum",
            ActivityKind.Workshop => "Atelier", _ => "Webinaire",
        },
        FormatName = f => f switch { ActivityFormat.InPerson => "En personne", ActivityFormat.Online => "En ligne", _ => "Hybride (en personne et en ligne)" },
        KindLabel = "Forme",
        TitleLabel = "Titre",
        SubjectLabel = "Sujet",
        DescriptionLabel = "Description",
        DateLabel = "Date",
        StartTimeLabel = "Début",
        EndTimeLabel = "Fin",
        FormatLabel = "Formule",
        PlaceLabel = "Lieu (adresse)",
        RegionLabel = "Région",
        CapacityLabel = "Places (facultatif : sans limite si vide)",
        CapacityRange = "Indiquez un nombre de places de 1 à 2 000, ou laissez vide.",
        DeadlineLabel = "Inscriptions jusqu’au",
        AudienceNote = "Sans cohorte ni personne choisie, l’activité est ouverte à toutes et à tous.",
        CohortsLabel = "Cohortes invitées (facultatif)",
        PeopleLabel = "Personnes invitées, par adresse (facultatif)",
        TooManyPeople = n => $"Au plus {Count.Fr(n, "adresse", "adresses")}.",
        TooManyCohorts = n => $"Au plus {Count.Fr(n, "cohorte", "cohortes")}.",
        ChannelLabel = "Canal de publication (facultatif)",
        EndBeforeStart = "La fin doit venir après le début.",
        DeadlineAfterStart = "La date limite des inscriptions ne peut pas suivre le jour de l’activité.",
        DateInPast = "La date de l’activité est passée.",
        NowhereToSend = "Choisissez un canal, ou des cohortes ou des personnes à qui l’envoyer.",
        NotKnownYet = emails => $"SmqBot ne connaît pas encore : {emails}. Ces personnes doivent d’abord ouvrir SmqBot dans Teams.",
        Preview = "Prévisualiser",
        PreviewNote = "Aperçu : voici l’activité telle qu’elle paraîtra.",
        Publish = "Publier",
        PublishedNote = (channel, people) => (channel, people) switch
        {
            (true, 0) => "Publiée dans le canal.",
            (true, _) => $"Publiée dans le canal et envoyée à {Count.Fr(people, "personne", "personnes")}.",
            _ => $"Envoyée à {Count.Fr(people, "personne", "personnes")}.",
        },
        AlreadyPublished = "Cette activité est déjà publiée.",
        Save = "Enregistrer et mettre à jour",
        Updated = "Activité modifiée ; les cartes envoyées sont mises à jour.",
        WhenLabel = "Quand",
        WhereLabel = "Où",
        PlacesLabel = "Places",
        RegistrationsLabel = "Inscriptions",
        When = (start, end) => $"{Humanize.LongDate(Humanize.FrenchCulture, Data.Programme.DateOf(start))}, de {Local(start)} à {Local(end)}",
        Places = (capacity, confirmed) => capacity is not { } c ? "Sans limite"
            : confirmed >= c ? $"{Count.Fr(c, "place", "places")}, complet"
            : $"{Count.Fr(c, "place", "places")}, {Count.Fr(c - confirmed, "restante", "restantes")}",
        RegistrationCount = (confirmed, waiting) => confirmed == 0 && waiting == 0 ? "Aucune inscription pour l’instant"
            : waiting == 0 ? Count.Fr(confirmed, "personne inscrite", "personnes inscrites")
            : $"{Count.Fr(confirmed, "personne inscrite", "personnes inscrites")}, {Count.Fr(waiting, "en attente", "en attente")}",
        Online = "En ligne (Teams)",
        NoCalendarInvite = "Pas d’invitation dans le calendrier : le lien de la réunion est donné ici et dans le rappel.",
        CalendarInvite = "Une invitation Outlook arrive dans votre calendrier quand votre place est confirmée.",
        Join = "Rejoindre la réunion",
        NeedsLabel = "Besoins particuliers (facultatif : accessibilité, alimentation…)",
        Register = "M’inscrire",
        CancelRegistration = "Annuler mon inscription",
        Confirmed = "Votre place est confirmée.",
        WaitingAt = n => $"Vous êtes sur la liste d’attente, au rang {n}. Si une place se libère, SmqBot vous le dira.",
        RegistrationClosed = "Les inscriptions sont fermées.",
        Started = "L’activité a commencé : on ne peut plus s’inscrire ni annuler.",
        Cancelled = "Cette activité est annulée.",
        ForInvitedOnly = "Cette activité est réservée aux personnes invitées.",
        RegistrationCancelled = "Votre inscription est annulée.",
        PromotedTitle = title => $"Une place s’est libérée : « {title} »",
        PromotedText = "Votre place est confirmée.",
        CancelledTitle = title => $"Activité annulée : « {title} »",
        CancelledText = "La SMQ a annulé cette activité. Votre inscription ne tient plus.",
        ReminderTomorrow = title => $"Rappel : « {title} » a lieu demain",
        ReminderInAnHour = title => $"Rappel : « {title} » commence dans une heure",
        AttendanceDue = title => $"« {title} » est terminée : notez les présences.",
        TakeAttendance = "Noter les présences",
        AttendanceTitle = title => $"Présences : {title}",
        AttendanceAllPresent = "Les personnes confirmées sont marquées présentes : décochez les absentes, puis enregistrez.",
        AttendanceFromTeams = "Présences proposées d’après le rapport de participation de la réunion Teams : vérifiez, puis enregistrez.",
        AttendanceReportMissing = "Le rapport de participation de Teams n’est pas disponible : les personnes confirmées sont marquées présentes.",
        NobodyConfirmed = "Personne n’avait de place confirmée.",
        SaveAttendance = "Enregistrer les présences",
        AttendanceSaved = (present, total) => $"Présences enregistrées : {present} sur {Count.Fr(total, "personne confirmée", "personnes confirmées")}. Les personnes présentes reçoivent une courte évaluation.",
        NotEnded = "L’activité n’est pas terminée.",
        EvaluationTitle = title => $"Votre avis : « {title} »",
        SatisfactionLabel = "Satisfaction (1 à 5)",
        SatisfactionRequired = "Indiquez votre satisfaction, de 1 à 5.",
        ApplyLabel = "Ce que vous comptez appliquer (facultatif)",
        CommentLabel = "Un commentaire (facultatif)",
        SendEvaluation = "Envoyer",
        EvaluationSaved = "Merci : votre avis est enregistré.",
        NotPresent = "Seules les personnes présentes évaluent l’activité.",
        RegistrationsTitle = title => $"Inscriptions : {title}",
        ConfirmedHeading = "Places confirmées",
        WaitingHeading = "Liste d’attente",
        NobodyYet = "Personne.",
        NeedsLine = needs => $"Besoins : {needs}",
        Registrations = "Inscriptions",
        MyActivitiesTitle = "Mes activités",
        NoRegistrations = "Vous n’avez aucune inscription à une activité. Les activités publiées paraissent dans les canaux de l’équipe, ou vous sont envoyées.",
        Open = "Ouvrir",
        Draft = "Brouillon : pas encore publiée.",
        Attended = present => present ? "oui" : "non",
        ReportSection = "Activités ponctuelles",
        ReportHeadline = (activities, registered) => $"{Count.Fr(activities, "activité tenue", "activités tenues")}, {Count.Fr(registered, "place confirmée", "places confirmées")}",
        ReportKindsLabel = "Formes",
        ReportAttendanceLabel = "Présences",
        ReportReachLabel = "Portée",
        ReportReach = (institutions, regions) => $"{Count.Fr(institutions, "institution", "institutions")}, {Count.Fr(regions, "région", "régions")}",
        ReportSatisfactionLabel = "Satisfaction",
        ReportSatisfaction = (evaluations, average) => average is { } a ? $"{a.ToString("0.0", Humanize.FrenchCulture)} sur 5 ({Count.Fr(evaluations, "évaluation", "évaluations")})" : "Aucune évaluation",
    };

    public static readonly ActivityTexts English = new()
    {
        ActivitiesCommand = new("activities", "One-off activities: create, publish, follow registrations and attendance (staff)."),
        MyActivitiesCommand = new("my activities", "Your registrations to one-off activities (conferences, professional days, forums…)."),
        ActivitiesTitle = "One-off activities",
        NoActivities = "No activity yet.",
        NewActivity = "New activity",
        EditActivityTitle = "Edit the activity",
        Edit = "Edit",
        CancelActivity = "Cancel the activity",
        KindName = k => k switch
        {
            ActivityKind.Conference => "Conference", ActivityKind.ProfessionalDay => "Professional day", ActivityKind.Forum => "Forum",
            ActivityKind.Workshop => "Workshop", _ => "Webinar",
        },
        FormatName = f => f switch { ActivityFormat.InPerson => "In person", ActivityFormat.Online => "Online", _ => "Hybrid (in person and online)" },
        KindLabel = "Form",
        TitleLabel = "Title",
        SubjectLabel = "Subject",
        DescriptionLabel = "Description",
        DateLabel = "Date",
        StartTimeLabel = "Start",
        EndTimeLabel = "End",
        FormatLabel = "Format",
        PlaceLabel = "Place (address)",
        RegionLabel = "Region",
        CapacityLabel = "Places (optional: no limit if empty)",
        CapacityRange = "Give a number of places from 1 to 2,000, or leave it empty.",
        DeadlineLabel = "Registration until",
        AudienceNote = "With no cohort or person chosen, the activity is open to everyone.",
        CohortsLabel = "Invited cohorts (optional)",
        PeopleLabel = "Invited people, by address (optional)",
        TooManyPeople = n => $"At most {Count.En(n, "address", "addresses")}.",
        TooManyCohorts = n => $"At most {Count.En(n, "cohort", "cohorts")}.",
        ChannelLabel = "Channel to post in (optional)",
        EndBeforeStart = "The end must come after the start.",
        DeadlineAfterStart = "The registration deadline cannot come after the day of the activity.",
        DateInPast = "The activity's date has passed.",
        NowhereToSend = "Choose a channel, or cohorts or people to send it to.",
        NotKnownYet = emails => $"SmqBot does not know these people yet: {emails}. They must first open SmqBot in Teams.",
        Preview = "Preview",
        PreviewNote = "Preview: this is the activity as it will appear.",
        Publish = "Publish",
        PublishedNote = (channel, people) => (channel, people) switch
        {
            (true, 0) => "Posted in the channel.",
            (true, _) => $"Posted in the channel and sent to {Count.En(people, "person", "people")}.",
            _ => $"Sent to {Count.En(people, "person", "people")}.",
        },
        AlreadyPublished = "This activity is already published.",
        Save = "Save and update",
        Updated = "Activity updated; the cards sent are updated.",
        WhenLabel = "When",
        WhereLabel = "Where",
        PlacesLabel = "Places",
        RegistrationsLabel = "Registrations",
        When = (start, end) => $"{Humanize.LongDate(Humanize.EnglishCulture, Data.Programme.DateOf(start))}, {LocalEn(start)} to {LocalEn(end)}",
        Places = (capacity, confirmed) => capacity is not { } c ? "No limit"
            : confirmed >= c ? $"{Count.En(c, "place", "places")}, full"
            : $"{Count.En(c, "place", "places")}, {c - confirmed} left",
        RegistrationCount = (confirmed, waiting) => confirmed == 0 && waiting == 0 ? "No registration yet"
            : waiting == 0 ? Count.En(confirmed, "person registered", "people registered")
            : $"{Count.En(confirmed, "person registered", "people registered")}, {waiting} waiting",
        Online = "Online (Teams)",
        NoCalendarInvite = "No calendar invitation: the meeting link is given here and in the reminder.",
        CalendarInvite = "An Outlook invitation reaches your calendar once your place is confirmed.",
        Join = "Join the meeting",
        NeedsLabel = "Particular needs (optional: accessibility, food…)",
        Register = "Register",
        CancelRegistration = "Cancel my registration",
        Confirmed = "Your place is confirmed.",
        WaitingAt = n => $"You are on the waiting list, number {n}. If a place frees up, SmqBot will tell you.",
        RegistrationClosed = "Registration is closed.",
        Started = "The activity has started: registering and cancelling are closed.",
        Cancelled = "This activity is cancelled.",
        ForInvitedOnly = "This activity is for invited people only.",
        RegistrationCancelled = "Your registration is cancelled.",
        PromotedTitle = title => $"A place freed up: “{title}”",
        PromotedText = "Your place is confirmed.",
        CancelledTitle = title => $"Activity cancelled: “{title}”",
        CancelledText = "SMQ cancelled this activity. Your registration no longer holds.",
        ReminderTomorrow = title => $"Reminder: “{title}” is tomorrow",
        ReminderInAnHour = title => $"Reminder: “{title}” starts in an hour",
        AttendanceDue = title => $"“{title}” is over: take the attendance.",
        TakeAttendance = "Take the attendance",
        AttendanceTitle = title => $"Attendance: {title}",
        AttendanceAllPresent = "The confirmed people are marked present: untick those absent, then save.",
        AttendanceFromTeams = "Attendance proposed from the Teams meeting's attendance report: check it, then save.",
        AttendanceReportMissing = "The Teams attendance report is not available: the confirmed people are marked present.",
        NobodyConfirmed = "Nobody had a confirmed place.",
        SaveAttendance = "Save the attendance",
        AttendanceSaved = (present, total) => $"Attendance saved: {present} of {Count.En(total, "confirmed person", "confirmed people")}. Those present get a short evaluation.",
        NotEnded = "The activity is not over.",
        EvaluationTitle = title => $"Your opinion: “{title}”",
        SatisfactionLabel = "Satisfaction (1 to 5)",
        SatisfactionRequired = "Give your satisfaction, from 1 to 5.",
        ApplyLabel = "What you will apply (optional)",
        CommentLabel = "A comment (optional)",
        SendEvaluation = "Send",
        EvaluationSaved = "Thank you: your opinion is saved.",
        NotPresent = "Only the people present evaluate the activity.",
        RegistrationsTitle = title => $"Registrations: {title}",
        ConfirmedHeading = "Confirmed places",
        WaitingHeading = "Waiting list",
        NobodyYet = "Nobody.",
        NeedsLine = needs => $"Needs: {needs}",
        Registrations = "Registrations",
        MyActivitiesTitle = "My activities",
        NoRegistrations = "You are not registered to any activity. Published activities appear in the team's channels, or are sent to you.",
        Open = "Open",
        Draft = "Draft: not published yet.",
        Attended = present => present ? "yes" : "no",
        ReportSection = "One-off activities",
        ReportHeadline = (activities, registered) => $"{Count.En(activities, "activity held", "activities held")}, {Count.En(registered, "confirmed place", "confirmed places")}",
        ReportKindsLabel = "Forms",
        ReportAttendanceLabel = "Attendance",
        ReportReachLabel = "Reach",
        ReportReach = (institutions, regions) => $"{Count.En(institutions, "institution", "institutions")}, {Count.En(regions, "region", "regions")}",
        ReportSatisfactionLabel = "Satisfaction",
        ReportSatisfaction = (evaluations, average) => average is { } a ? $"{a.ToString("0.0", Humanize.EnglishCulture)} out of 5 ({Count.En(evaluations, "evaluation", "evaluations")})" : "No evaluation",
    };

    private static string Local(DateTimeOffset at) => Humanize.Clock(Humanize.FrenchCulture, TimeZoneInfo.ConvertTime(at, Data.Programme.TimeZone).DateTime);
    private static string LocalEn(DateTimeOffset at) => Humanize.Clock(Humanize.EnglishCulture, TimeZoneInfo.ConvertTime(at, Data.Programme.TimeZone).DateTime);
}
