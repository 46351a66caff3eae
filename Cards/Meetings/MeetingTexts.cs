using System.Globalization;
using SmqBot.Data.Calls;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;
using SmqBot.Cards.Common;

namespace SmqBot.Cards.Meetings;

/// <summary>The texts of this feature's cards, in French and English: part of <see cref="Texts"/> (a missing translation does not compile).</summary>
public sealed record MeetingTexts
{
    public required CommandText ScheduleCommand { get; init; }
    public required string ScheduleTitle { get; init; }
    public required string NoCohortToSchedule { get; init; }
    public required string CohortLabel { get; init; }
    public required string MeetingDurationLabel { get; init; }
    public required string WindowFromLabel { get; init; }
    public required string WindowToLabel { get; init; }
    public required string DayStartLabel { get; init; }
    public required string DayEndLabel { get; init; }
    public required string ProposeSlots { get; init; }
    public required string WindowInPast { get; init; }
    public required Func<int, string> WindowTooLong { get; init; }
    public required string DurationOutOfRange { get; init; }
    public required string WorkingHoursRule { get; init; }
    public required string NoSlotFound { get; init; }
    public required string NotYourCohortToSchedule { get; init; }
    public required Func<string, string> ProposalTitle { get; init; }
    public required Func<int, int, string> CalendarsSummary { get; init; }
    public required string LocalModeSummary { get; init; }
    public required Func<int, int, string> SlotTally { get; init; }
    public required string PickSlot { get; init; }
    public required string PollClosedPick { get; init; }
    public required string CancelMeeting { get; init; }
    public required Func<string, string> PollTitle { get; init; }
    public required string PollIntro { get; init; }
    public required string SlotsLabel { get; init; }
    public required string SendVote { get; init; }
    public required string VoteSaved { get; init; }
    public required Func<string, string> YourVote { get; init; }
    public required string NoSlotSuits { get; init; }
    public required string NotAVoter { get; init; }
    public required Func<string, string> MeetingTitle { get; init; }
    public required Func<DateTimeOffset, DateTimeOffset, string> MeetingWhen { get; init; }
    public required Func<string, string> StartsIn { get; init; }
    public required string JoinMeeting { get; init; }
    public required string NoCalendarInvite { get; init; }
    public required string CalendarInviteSent { get; init; }
    public required string Reschedule { get; init; }
    public required string RescheduleTitle { get; init; }
    public required string NewDateLabel { get; init; }
    public required string NewTimeLabel { get; init; }
    public required string MeetingMoved { get; init; }
    public required string MeetingCancelled { get; init; }
    public required string MeetingReminder { get; init; }
    public required string MeetingInPast { get; init; }
    public required string MeetingClosed { get; init; }
    public required Func<string, string> GraphFailed { get; init; }
    public required Func<string, string> ReflectionTitle { get; init; }
    public required string ReflectionLabel { get; init; }
    /// <summary>What <see cref="Texts.LimitReached"/> counts for a member's field intentions.</summary>
    public required string IntentionsInCohort { get; init; }
    public required string ReflectionSaved { get; init; }
    public required string SendReflection { get; init; }
    public required string HoursAfterMeeting { get; init; }
    public required string MeetingNote { get; init; }
    public required string NotYourMeeting { get; init; }

    public required Func<string, string> PollClosesIn { get; init; }
    public required string PollClosed { get; init; }

    public static readonly MeetingTexts French = new()
    {
        PollClosesIn = when => $"Le sondage se ferme {when}.",
        PollClosed = "Le sondage est fermé.",
        ScheduleCommand = new("planifier", "Planifier une rencontre de codéveloppement : créneaux, sondage, invitation Teams."),
        ScheduleTitle = "Planifier une rencontre",
        NoCohortToSchedule = "Aucune cohorte en cours dont vous planifiez les rencontres.",
        CohortLabel = "Cohorte",
        MeetingDurationLabel = "Durée (minutes)",
        WindowFromLabel = "Chercher à partir du",
        WindowToLabel = "Jusqu’au",
        DayStartLabel = "Début de la journée de travail",
        DayEndLabel = "Fin de la journée de travail",
        ProposeSlots = "Proposer des créneaux",
        WindowInPast = "La période doit commencer aujourd’hui ou plus tard.",
        WindowTooLong = days => $"La période compte au plus {Count.Fr(days, "jour", "jours")}.",
        DurationOutOfRange = "La durée va de 15 minutes à 8 heures, par quarts d’heure.",
        WorkingHoursRule = "La journée de travail va de 6 h à 22 h, et la rencontre doit y tenir.",
        NoSlotFound = "Aucun créneau possible dans cette période : élargissez-la ou changez les heures.",
        NotYourCohortToSchedule = "Seuls le personnel de la SMQ et les ressources de la cohorte planifient ses rencontres.",
        ProposalTitle = subject => $"Rencontre « {subject} » : créneaux proposés",
        CalendarsSummary = (read, voters) => $"Agendas lus : {read}. Personnes qui votent par sondage (agenda non lisible) : {voters}.",
        LocalModeSummary = "Mode local : aucun agenda n’est lu, tout le monde vote par sondage.",
        SlotTally = (free, votes) => $"Libres selon les agendas : {free} · votes : {votes}",
        PickSlot = "Choisir ce créneau",
        PollClosedPick = "Le sondage est fermé : choisissez le créneau de la rencontre.",
        CancelMeeting = "Annuler la rencontre",
        PollTitle = subject => $"Rencontre « {subject} » : vos disponibilités",
        PollIntro = "Cochez les créneaux qui vous conviennent (heure de Montréal).",
        SlotsLabel = "Créneaux qui me conviennent",
        SendVote = "Envoyer mes disponibilités",
        VoteSaved = "Merci : vos disponibilités sont notées.",
        YourVote = choice => $"Votre choix : {choice}",
        NoSlotSuits = "aucun créneau",
        NotAVoter = "Ce sondage ne vous concerne pas.",
        MeetingTitle = subject => $"Rencontre de codéveloppement : {subject}",
        MeetingWhen = (start, end) => $"{Humanize.LongDate(Humanize.FrenchCulture, DateOnly.FromDateTime(start.DateTime))}, de {Humanize.Clock(Humanize.FrenchCulture, start.DateTime)} à {Humanize.Clock(Humanize.FrenchCulture, end.DateTime)} (heure de Montréal)",
        StartsIn = when => $"Commence {when}",
        JoinMeeting = "Rejoindre la réunion Teams",
        NoCalendarInvite = "Pas d’invitation dans les agendas (Microsoft Graph n’est pas configuré) : notez la rencontre vous-même.",
        CalendarInviteSent = "L’invitation Outlook, avec le lien Teams, est envoyée aux membres.",
        Reschedule = "Déplacer",
        RescheduleTitle = "Déplacer la rencontre",
        NewDateLabel = "Nouvelle date",
        NewTimeLabel = "Heure de début (heure de Montréal)",
        MeetingMoved = "La rencontre est déplacée.",
        MeetingCancelled = "La rencontre est annulée.",
        MeetingReminder = "Rappel : la rencontre a lieu demain.",
        MeetingInPast = "Choisissez un moment à venir.",
        MeetingClosed = "Cette rencontre ne peut plus changer ainsi.",
        GraphFailed = detail => $"Microsoft Graph n’a pas pu traiter la demande ({detail}). Rien n’a changé : réessayez dans quelques minutes.",
        ReflectionTitle = subject => $"Après la rencontre « {subject} »",
        ReflectionLabel = "Qu’appliquerez-vous sur le terrain d’ici la prochaine rencontre ?",
        IntentionsInCohort = "intentions pour le terrain dans cette cohorte",
        ReflectionSaved = "Noté : vous y reviendrez à la prochaine rencontre.",
        SendReflection = "Envoyer",
        HoursAfterMeeting = "La rencontre est terminée : consignez les heures de la séance.",
        MeetingNote = "Rencontre de codéveloppement",
        NotYourMeeting = "Cette rencontre ne vous concerne pas.",
    };

    public static readonly MeetingTexts English = new()
    {
        PollClosesIn = when => $"The poll closes {when}.",
        PollClosed = "The poll is closed.",
        ScheduleCommand = new("schedule", "Schedule a codevelopment meeting: candidate times, a poll, a Teams invite."),
        ScheduleTitle = "Schedule a meeting",
        NoCohortToSchedule = "No cohort under way whose meetings you schedule.",
        CohortLabel = "Cohort",
        MeetingDurationLabel = "Duration (minutes)",
        WindowFromLabel = "Look from",
        WindowToLabel = "Until",
        DayStartLabel = "Working day starts",
        DayEndLabel = "Working day ends",
        ProposeSlots = "Propose times",
        WindowInPast = "The window must start today or later.",
        WindowTooLong = days => $"The window is at most {Count.En(days, "day", "days")} long.",
        DurationOutOfRange = "The duration is 15 minutes to 8 hours, in quarter hours.",
        WorkingHoursRule = "The working day runs between 6:00 and 22:00, and the meeting must fit in it.",
        NoSlotFound = "No possible time in this window: widen it or change the hours.",
        NotYourCohortToSchedule = "Only SMQ staff and the cohort's experts schedule its meetings.",
        ProposalTitle = subject => $"Meeting “{subject}”: proposed times",
        CalendarsSummary = (read, voters) => $"Calendars read: {read}. People voting by poll (calendar not readable): {voters}.",
        LocalModeSummary = "Local mode: no calendar is read, everyone votes by poll.",
        SlotTally = (free, votes) => $"Free by calendar: {free} · votes: {votes}",
        PickSlot = "Pick this time",
        PollClosedPick = "The poll is closed: pick the meeting's time.",
        CancelMeeting = "Cancel the meeting",
        PollTitle = subject => $"Meeting “{subject}”: when can you come?",
        PollIntro = "Tick the times that suit you (Montréal time).",
        SlotsLabel = "Times that suit me",
        SendVote = "Send my availability",
        VoteSaved = "Thanks: your availability is noted.",
        YourVote = choice => $"Your choice: {choice}",
        NoSlotSuits = "no time",
        NotAVoter = "This poll is not for you.",
        MeetingTitle = subject => $"Codevelopment meeting: {subject}",
        MeetingWhen = (start, end) => $"{Humanize.LongDate(Humanize.EnglishCulture, DateOnly.FromDateTime(start.DateTime))}, {Humanize.Clock(Humanize.EnglishCulture, start.DateTime)} to {Humanize.Clock(Humanize.EnglishCulture, end.DateTime)} (Montréal time)",
        StartsIn = when => $"Starts {when}",
        JoinMeeting = "Join the Teams meeting",
        NoCalendarInvite = "No calendar invite (Microsoft Graph is not configured): please note the meeting yourself.",
        CalendarInviteSent = "The Outlook invite, with the Teams link, went to the members.",
        Reschedule = "Reschedule",
        RescheduleTitle = "Reschedule the meeting",
        NewDateLabel = "New date",
        NewTimeLabel = "Start time (Montréal time)",
        MeetingMoved = "The meeting has moved.",
        MeetingCancelled = "The meeting is cancelled.",
        MeetingReminder = "Reminder: the meeting is tomorrow.",
        MeetingInPast = "Pick a time to come.",
        MeetingClosed = "This meeting can no longer change that way.",
        GraphFailed = detail => $"Microsoft Graph could not process the request ({detail}). Nothing changed: try again in a few minutes.",
        ReflectionTitle = subject => $"After the meeting “{subject}”",
        ReflectionLabel = "What will you apply in the field before the next meeting?",
        IntentionsInCohort = "field intentions in this cohort",
        ReflectionSaved = "Noted: you will come back to it at the next meeting.",
        SendReflection = "Send",
        HoursAfterMeeting = "The meeting is over: log the session's hours.",
        MeetingNote = "Codevelopment meeting",
        NotYourMeeting = "This meeting is not yours.",
    };
}
