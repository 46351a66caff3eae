using System.Globalization;
using SmqBot.Data.Calls;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;

namespace SmqBot.Cards.Common;

/// <summary>A command as the help card shows it: what to type and what it does.</summary>
public sealed record CommandText(string Name, string Description);

/// <summary>
/// Every user-facing string, in French (the default) and English. One instance per language; `required` makes a
/// missing translation a compile error. Pick one with <see cref="For"/> from the activity's locale.
/// </summary>
public sealed record Texts
{
    public required CultureInfo Culture { get; init; }
    public required string Locale { get; init; }
    public required SmqBot.Cards.Forms.FormTexts Forms { get; init; }

    // Roles and what each does in the programme.
    public required Func<Role?, string> RoleName { get; init; }
    public required Func<Role?, string> RoleIntro { get; init; }

    // Welcome (personal) and greeting (team).
    public required string WelcomeTitle { get; init; }
    public required Func<string?, string> Hello { get; init; }
    public required string ProgrammeIntro { get; init; }
    public required Func<string, string> WelcomeBack { get; init; }
    public required string LanguageNote { get; init; }
    public required string ShowHelp { get; init; }
    public required Func<string?, string> TeamGreetingTitle { get; init; }
    public required string TeamGreeting { get; init; }

    // Help.
    public required string HelpTitle { get; init; }
    public required Func<string, string> YouAre { get; init; }
    public required string CommandsHeading { get; init; }
    public required string HelpFooter { get; init; }
    public required CommandText HelpCommand { get; init; }
    public required CommandText ProfileCommand { get; init; }
    public required CommandText TeamsCommand { get; init; }

    // Profile.
    public required string ProfileTitle { get; init; }
    public required string NameLabel { get; init; }
    public required string MyInstitutionLabel { get; init; }
    public required string SaveProfile { get; init; }
    public required string ProfileSaved { get; init; }
    public required string RolesLabel { get; init; }
    public required string LanguageLabel { get; init; }
    public required string LanguageName { get; init; }
    public required string TimeZoneLabel { get; init; }
    public required string WithUsSinceLabel { get; init; }
    public required string Unknown { get; init; }

    // Teams where the bot is installed (staff).
    public required string TeamsTitle { get; init; }
    public required string NoTeams { get; init; }
    public required Func<int, string> ChannelCount { get; init; }
    public required Func<string, string> InstalledAgo { get; init; }

    // Delivery of proactive messages (staff).
    public required CommandText DeliveriesCommand { get; init; }
    public required string DeliveriesTitle { get; init; }
    public required string NoDeliveries { get; init; }
    public required Func<string, string> UnknownBroadcast { get; init; }
    public required string SentLabel { get; init; }
    public required string PendingLabel { get; init; }
    public required string FailedLabel { get; init; }
    public required string FailureReasons { get; init; }
    public required string Refresh { get; init; }

    // Check-ins.
    public required Func<string, string> CheckInTitle { get; init; }
    public required Func<string, string> LastCheckIn { get; init; }
    public required string FirstCheckIn { get; init; }
    public required Func<string, string, string, string, string> TargetLine { get; init; }
    public required string AppliedLabel { get; init; }
    public required Func<string, string> YourIntention { get; init; }
    public required string ObstaclesLabel { get; init; }
    public required string ConfidenceLabel { get; init; }
    public required string SendCheckIn { get; init; }
    public required string CheckInSaved { get; init; }
    public required string CheckInAlreadySaved { get; init; }
    public required Func<int, int, string> OnTrack { get; init; }
    public required string NotInCohort { get; init; }
    public required string CohortClosed { get; init; }
    public required Func<string, string> NotAValue { get; init; }
    public required Func<string, int, string> TooLong { get; init; }
    public required string ConfidenceRequired { get; init; }

    public required string DigestNotice { get; init; }
    public required string ReminderNote { get; init; }
    public required Func<string, string, string> DigestTitle { get; init; }
    public required Func<int, int, string> CheckedInCount { get; init; }
    public required Func<string, string> Silent { get; init; }
    public required string CollectiveTargets { get; init; }
    public required string ObstaclesRaised { get; init; }
    public required string NoObstacles { get; init; }

    // Targets.
    public required CommandText TargetsCommand { get; init; }
    public required string TargetsTitle { get; init; }
    public required string NoCohort { get; init; }
    public required string NoTargetsYet { get; init; }
    public required string AddTarget { get; init; }
    public required string CheckInNow { get; init; }
    public required string MarkAchieved { get; init; }
    public required string Abandon { get; init; }
    public required Func<TargetState, string> StateName { get; init; }
    public required string NewTargetTitle { get; init; }
    public required string EditTargetTitle { get; init; }
    public required string WhatLabel { get; init; }
    public required string IndicatorLabel { get; init; }
    public required string KindLabel { get; init; }
    public required string KindNumber { get; init; }
    public required string KindScale { get; init; }
    public required string UnitLabel { get; init; }
    public required string BaselineLabel { get; init; }
    public required string GoalLabel { get; init; }
    public required string DueLabel { get; init; }
    public required string SaveTarget { get; init; }
    public required Func<int, string> TooManyTargets { get; init; }
    public required Func<string, string> Required { get; init; }
    public required string DueOutsideCohort { get; init; }
    public required string EditTarget { get; init; }
    public required Func<string, string> CollectiveTitle { get; init; }
    public required string NoCollectiveTargets { get; init; }
    public required string AddCollectiveTarget { get; init; }
    public required string ReportValue { get; init; }
    public required string NewValueLabel { get; init; }
    public required string CollectiveEditorsOnly { get; init; }
    public required string KindLocked { get; init; }

    public required string ProgressChartTitle { get; init; }
    public required string ProgressChartAlt { get; init; }

    // Cohorts (staff).
    public required CommandText CohortsCommand { get; init; }
    public required string CohortsTitle { get; init; }
    public required string NoOpenCohort { get; init; }
    public required string NewCohort { get; init; }
    public required string CloseCohort { get; init; }
    public required Func<int, string> MemberCount { get; init; }
    public required string SubjectLabel { get; init; }
    public required string StartLabel { get; init; }
    public required string EndLabel { get; init; }
    public required string ExpertsLabel { get; init; }
    public required string MembersLabel { get; init; }
    public required string PeoplePlaceholder { get; init; }
    public required string ObjectivesLabel { get; init; }
    public required string ChannelLabel { get; init; }
    public required string EveryLabel { get; init; }
    public required Func<int, string> EveryWeeks { get; init; }
    public required string DayLabel { get; init; }
    public required string TimeLabel { get; init; }
    public required string DigestInChannelLabel { get; init; }
    public required string CreateCohort { get; init; }
    public required string SaveCohort { get; init; }
    public required Func<string, string> UnknownPeople { get; init; }
    public required string EndBeforeStart { get; init; }
    public required Func<int, string> TooManyMembers { get; init; }
    public required Func<string, string> WelcomeToCohort { get; init; }
    public required Func<string, string, string> CohortDates { get; init; }
    public required Func<string, string> YourExperts { get; init; }
    public required Func<string, string> CheckInRhythm { get; init; }
    public required string DefineTargets { get; init; }
    public required Func<string, string> ExpertOfCohort { get; init; }
    public required Func<string, string> CohortMembers { get; init; }
    public required Func<string, string> CohortClosedNotice { get; init; }

    // Individual coaching and hours.
    public required Func<Axis, string> AxisName { get; init; }
    public required Func<WorkKind, string> WorkKindName { get; init; }
    public required CommandText HoursCommand { get; init; }
    public required CommandText CoachingCommand { get; init; }
    public required string LogHoursTitle { get; init; }
    public required string NothingToLogFor { get; init; }
    public required string ForLabel { get; init; }
    public required string DateLabel { get; init; }
    public required string DurationLabel { get; init; }
    public required string WorkKindLabel { get; init; }
    public required string NoteLabel { get; init; }
    public required string LogHours { get; init; }
    public required string HoursLogged { get; init; }
    public required Func<string, string, string, string> BudgetLine { get; init; }
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
    public required string InstitutionLabel { get; init; }
    public required string RegionLabel { get; init; }
    public required string CoachedPersonLabel { get; init; }
    public required string ExpertLabel { get; init; }
    public required string AxisLabel { get; init; }
    public required string BudgetLabel { get; init; }
    public required string CreateAccompaniment { get; init; }
    public required Func<string, string> CoachedWelcome { get; init; }
    public required Func<string, string> ExpertAssigned { get; init; }
    public required Func<string, string> HoursAgreed { get; init; }
    public required string ApprovalTitle { get; init; }
    public required Func<Outcome, string> OutcomeName { get; init; }
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
    public required string StatusLabel { get; init; }
    public required Func<EntryStatus, string> StatusName { get; init; }
    public required string SatisfactionRequired { get; init; }
    public required string ThisMonth { get; init; }
    public required string DeleteEntry { get; init; }
    public required string EditEntry { get; init; }
    public required string EditEntryTitle { get; init; }
    public required string SaveEntry { get; init; }
    public required string Cancel { get; init; }
    public required string LedgerFull { get; init; }
    public required Func<string, string> MonthLocked { get; init; }
    public required string OnlyThisMonth { get; init; }
    public required Func<string, string> LockMonth { get; init; }
    public required Func<string, string> LockedNotice { get; init; }
    public required string Approve { get; init; }
    public required string Decline { get; init; }
    public required Func<bool, string, string, string> Decided { get; init; }
    public required string AlreadyDecided { get; init; }

    // Calls for applications.
    public required CommandText CallsCommand { get; init; }
    public required string CallsTitle { get; init; }
    public required string NewCall { get; init; }
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
    public required string Preview { get; init; }
    public required string Post { get; init; }
    public required string PreviewNote { get; init; }
    public required string PostedNote { get; init; }
    public required Func<int, string> PlacesCount { get; init; }
    public required Func<string, string> EndsIn { get; init; }
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

    // Reports and the dashboard.
    public required CommandText ReportCommand { get; init; }
    public required CommandText DashboardCommand { get; init; }
    public required Func<string, string> ReportTitle { get; init; }
    public required string FiscalYearLabel { get; init; }
    public required string ShowReport { get; init; }
    public required string NotAFiscalYear { get; init; }
    public required string CoachingSection { get; init; }
    public required Func<int, int, string> InstitutionsForAccompaniments { get; init; }
    public required string HoursDeliveredLabel { get; init; }
    public required Func<string, string, string> DeliveredOfBudgeted { get; init; }
    public required string EvaluationsLabel { get; init; }
    public required Func<int, double?, double?, string> EvaluationsSummary { get; init; }
    public required string EvaluatedTargetsLabel { get; init; }
    public required Func<int, int, int, string> OutcomesSummary { get; init; }
    public required string ByAxisLabel { get; init; }
    public required string ByRegionLabel { get; init; }
    public required Func<int, string, string> CountAndHours { get; init; }
    public required string UnknownRegion { get; init; }
    public required string CohortsSection { get; init; }
    public required Func<int, int, int, string> CohortsHeadline { get; init; }
    public required string MeetingsHeldLabel { get; init; }
    public required string CheckInRateLabel { get; init; }
    public required Func<int, int, string> Rate { get; init; }
    public required string TargetsAchievedLabel { get; init; }
    public required Func<int, int, string> OutOf { get; init; }
    public required Func<int, int, string, string> CohortLineSummary { get; init; }
    public required string ExpertsSection { get; init; }
    public required Func<string, string, string, string> ExpertHoursLine { get; init; }
    public required string AccompanimentsOfTheYear { get; init; }
    public required Func<bool, string> AccompanimentState { get; init; }
    public required string NothingThisYear { get; init; }
    public required string HoursByAxisChart { get; init; }
    public required string TargetsChart { get; init; }
    public required Func<string, string> CsvLink { get; init; }
    public required Func<string, string> TableName { get; init; }
    public required string DashboardTitle { get; init; }
    public required string NearBudgetSection { get; init; }
    public required string PendingHoursSection { get; init; }
    public required string SilentSection { get; init; }
    public required string ClosingCallsSection { get; init; }
    public required string UndatedMeetingsSection { get; init; }
    public required string NothingToFlag { get; init; }
    public required Func<string, string, string> BudgetShare { get; init; }
    public required Func<string, string, string> PendingEntry { get; init; }
    public required string Open { get; init; }

    // Codevelopment meetings.
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
    public required Func<string, string> PollClosesIn { get; init; }
    public required string PollClosed { get; init; }
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
    public required string ReflectionSaved { get; init; }
    public required string SendReflection { get; init; }
    public required string HoursAfterMeeting { get; init; }
    public required string MeetingNote { get; init; }
    public required string NotYourMeeting { get; init; }
    public required string NoCohortToPlaceIn { get; init; }
    public required string AccompanimentTermsNote { get; init; }
    public required Func<string, string> PlacedInCohort { get; init; }
    public required Func<string, string> PlacedInAccompaniment { get; init; }
    public required string NoApplications { get; init; }

    // Answers to what the bot cannot do.
    public required string ErrorTitle { get; init; }
    public required Func<string, string> NotUnderstood { get; init; }
    public required Func<string, string> DidYouMean { get; init; }
    public required string TypeHelp { get; init; }
    public required string UnknownAction { get; init; }
    public required string StaffOnly { get; init; }
    public required string ExpertsOnly { get; init; }
    public required string StaffOrExpertsOnly { get; init; }
    public required string Apology { get; init; }

    public static readonly Texts French = new()
    {
        Culture = CultureInfo.GetCultureInfo("fr-CA"),
        Locale = "fr-CA",
        RoleName = role => role switch
        {
            Role.Staff => "personnel de la SMQ",
            Role.Expert => "ressource spécialisée",
            Role.Participant => "participante ou participant",
            _ => "membre de la communauté muséale",
        },
        RoleIntro = role => role switch
        {
            Role.Staff => "Vous gérez le programme : appels de candidatures, cohortes, accompagnements, rencontres et rapports au Ministère.",
            Role.Expert => "Vous accompagnez des institutions et des cohortes : vous consignez vos heures et suivez les bilans des personnes accompagnées.",
            Role.Participant => "Vous définissez vos cibles, faites le point régulièrement sur vos progrès et voyez les cibles de votre cohorte.",
            _ => "Vous pourrez répondre aux appels de candidatures de la SMQ pour une cohorte de codéveloppement ou un accompagnement individualisé.",
        },
        WelcomeTitle = "Bienvenue dans SmqBot",
        Hello = name => name is null ? "Bonjour!" : $"Bonjour {name}!",
        ProgrammeIntro = "Je suis l'assistant du programme de développement professionnel de la Société des musées du Québec : cohortes de codéveloppement, accompagnements individualisés et appels de candidatures.",
        WelcomeBack = ago => $"Content de vous revoir! Nous nous sommes parlé pour la première fois {ago}.",
        LanguageNote = "Je vous réponds dans la langue de Teams (français ou anglais).",
        ShowHelp = "Voir ce que je peux faire",
        TeamGreetingTitle = team => team is null ? "SmqBot est installé dans cette équipe" : $"SmqBot est installé dans l'équipe {team}",
        TeamGreeting = "Le personnel de la SMQ pourra publier ici les appels de candidatures et y faire vivre les cohortes. Écrivez « @SmqBot aide » pour voir ce que je peux faire.",
        HelpTitle = "Ce que vous pouvez faire",
        YouAre = role => $"Vous êtes : {role}",
        CommandsHeading = "Commandes",
        HelpFooter = "Écrivez une commande dans la conversation, en français ou en anglais, ou utilisez les boutons des cartes.",
        HelpCommand = new("aide", "Affiche cette liste."),
        ProfileCommand = new("profil", "Ce que SmqBot sait de vous : rôle, langue, fuseau horaire."),
        TeamsCommand = new("équipes", "Les équipes et canaux où SmqBot est installé."),
        ProfileTitle = "Votre profil",
        MyInstitutionLabel = "Mon institution muséale",
        SaveProfile = "Enregistrer",
        ProfileSaved = "Profil enregistré.",
        NameLabel = "Nom",
        RolesLabel = "Rôle",
        LanguageLabel = "Langue",
        LanguageName = "Français",
        TimeZoneLabel = "Fuseau horaire",
        WithUsSinceLabel = "Première conversation",
        Unknown = "inconnu",
        TeamsTitle = "Équipes où SmqBot est installé",
        NoTeams = "SmqBot n'est encore installé dans aucune équipe.",
        ChannelCount = n => n switch { 0 => "aucun canal", 1 => "1 canal", _ => $"{n} canaux" },
        InstalledAgo = ago => $"installé {ago}",
        DeliveriesCommand = new("envois", "Où en sont les messages envoyés par SmqBot : envoyés, en attente, en échec."),
        DeliveriesTitle = "Envois de SmqBot",
        NoDeliveries = "SmqBot n'a encore rien envoyé.",
        UnknownBroadcast = name => $"Aucun envoi ne s'appelle « {name} ».",
        SentLabel = "Envoyés",
        PendingLabel = "En attente",
        FailedLabel = "En échec",
        FailureReasons = "Raisons des échecs",
        Refresh = "Actualiser",
        CheckInTitle = subject => $"Bilan : {subject}",
        LastCheckIn = ago => $"Dernier bilan {ago}.",
        FirstCheckIn = "C'est votre premier bilan dans cette cohorte.",
        TargetLine = (indicator, latest, goal, due) => $"{indicator} · dernière valeur : {latest} · cible : {goal} d'ici le {due}",
        AppliedLabel = "Ce que vous avez appliqué sur le terrain depuis la dernière rencontre",
        YourIntention = intention => $"Après la dernière rencontre, vous comptiez appliquer : « {intention} »",
        ObstaclesLabel = "Obstacles rencontrés",
        ConfidenceLabel = "Votre confiance d'atteindre vos cibles (1 à 5)",
        SendCheckIn = "Envoyer mon bilan",
        CheckInSaved = "Bilan enregistré",
        CheckInAlreadySaved = "Ce bilan était déjà enregistré : il compte une fois.",
        OnTrack = (onTrack, total) => total == 1 ? $"{onTrack} cible sur 1 en bonne voie" : $"{onTrack} cibles sur {total} en bonne voie",
        NotInCohort = "Vous ne faites pas partie de cette cohorte.",
        CohortClosed = "Cette cohorte est terminée : elle ne reçoit plus de bilans.",
        NotAValue = target => $"La valeur donnée pour « {target} » n'est pas acceptée : un nombre, ou de 1 à 5 sur une échelle.",
        TooLong = (field, max) => $"« {field} » dépasse {max} caractères.",
        ConfidenceRequired = "Indiquez votre confiance, de 1 à 5.",
        DigestNotice = "Votre ressource spécialisée reçoit un résumé de chaque bilan de la cohorte : qui l'a fait, les progrès sur les cibles collectives et les obstacles mentionnés (avec votre nom).",
        ReminderNote = "Petit rappel : votre bilan de cette ronde n'est pas encore arrivé.",
        DigestTitle = (subject, date) => $"Résumé des bilans du {date} : {subject}",
        CheckedInCount = (done, total) => $"{done} bilan(s) sur {total} membres",
        Silent = names => $"Sans bilan : {names}",
        CollectiveTargets = "Cibles collectives",
        ObstaclesRaised = "Obstacles mentionnés",
        NoObstacles = "Aucun obstacle mentionné.",
        TargetsCommand = new("mes cibles", "Vos cibles, leurs progrès, et un bilan quand vous voulez."),
        TargetsTitle = "Mes cibles",
        NoCohort = "Vous ne faites partie d'aucune cohorte pour l'instant.",
        NoTargetsYet = "Aucune cible encore : définissez-en de 1 à 5 pour mesurer vos progrès.",
        AddTarget = "Ajouter une cible",
        CheckInNow = "Faire un bilan",
        MarkAchieved = "Atteinte",
        Abandon = "Abandonner",
        StateName = state => state switch { TargetState.Achieved => "atteinte", TargetState.Abandoned => "abandonnée", _ => "en cours" },
        NewTargetTitle = "Nouvelle cible",
        EditTargetTitle = "Modifier la cible",
        WhatLabel = "Ce que vous voulez améliorer",
        IndicatorLabel = "L'indicateur qui le mesure",
        KindLabel = "Mesure",
        KindNumber = "Un nombre",
        KindScale = "Une échelle de 1 à 5",
        UnitLabel = "Unité (pour un nombre)",
        BaselineLabel = "Point de départ",
        GoalLabel = "Cible",
        DueLabel = "Échéance",
        SaveTarget = "Enregistrer la cible",
        TooManyTargets = max => $"Vous avez déjà {max} cibles : c'est le maximum. Marquez-en une atteinte ou abandonnée pour en ajouter une.",
        Required = field => $"« {field} » est requis.",
        Forms = SmqBot.Cards.Forms.FormTexts.French,
        DueOutsideCohort = "L'échéance doit tomber pendant la cohorte.",
        EditTarget = "Modifier",
        CollectiveTitle = subject => $"Cibles collectives : {subject}",
        NoCollectiveTargets = "Aucune cible collective encore.",
        AddCollectiveTarget = "Ajouter une cible collective",
        ReportValue = "Mettre à jour",
        NewValueLabel = "Nouvelle valeur",
        CollectiveEditorsOnly = "Seuls le personnel de la SMQ et les ressources spécialisées de la cohorte modifient ses cibles collectives.",
        KindLocked = "Une cible qui a déjà des valeurs garde sa mesure (nombre ou échelle).",
        ProgressChartTitle = "Chemin parcouru vers chaque cible (%)",
        ProgressChartAlt = "Graphique : pour chaque cible, le pourcentage du chemin parcouru entre le point de départ et la cible, bilan après bilan.",
        CohortsCommand = new("cohortes", "Les cohortes en cours ; en créer ou en fermer une."),
        CohortsTitle = "Cohortes en cours",
        NoOpenCohort = "Aucune cohorte en cours.",
        NewCohort = "Nouvelle cohorte",
        CloseCohort = "Fermer",
        MemberCount = n => n == 1 ? "1 membre" : $"{n} membres",
        SubjectLabel = "Sujet",
        StartLabel = "Début",
        EndLabel = "Fin",
        ExpertsLabel = "Ressources spécialisées (courriels)",
        MembersLabel = "Membres (courriels)",
        PeoplePlaceholder = "une adresse par ligne ou séparées par des virgules",
        ObjectivesLabel = "Objectifs proposés (un par ligne)",
        ChannelLabel = "Canal de la cohorte",
        EveryLabel = "Bilans",
        EveryWeeks = n => n == 1 ? "chaque semaine" : $"toutes les {n} semaines",
        DayLabel = "Jour",
        TimeLabel = "Heure (heure de Montréal)",
        DigestInChannelLabel = "Publier le résumé des bilans dans le canal (sinon en conversation privée avec l'expert·e)",
        CreateCohort = "Créer la cohorte",
        SaveCohort = "Enregistrer les changements",
        UnknownPeople = list => $"Ces adresses ne correspondent à personne qui a installé SmqBot : {list}. Demandez-leur d'ajouter l'application, puis recommencez.",
        EndBeforeStart = "La fin doit suivre le début.",
        TooManyMembers = max => $"Une cohorte compte au plus {max} membres.",
        WelcomeToCohort = subject => $"Bienvenue dans la cohorte « {subject} »",
        CohortDates = (start, end) => $"Du {start} au {end}.",
        YourExperts = names => $"Ressource spécialisée : {names}",
        CheckInRhythm = rhythm => $"Bilans {rhythm}.",
        DefineTargets = "Définir mes cibles",
        ExpertOfCohort = subject => $"Vous accompagnez la cohorte « {subject} »",
        CohortMembers = names => $"Membres : {names}",
        CohortClosedNotice = subject => $"La cohorte « {subject} » est fermée.",
        AxisName = axis => axis switch
        {
            Axis.Positioning => "Positionnement dans l'écosystème touristique québécois",
            Axis.Audiences => "Connaissance des publics",
            Axis.Welcome => "Accueil et service à la clientèle",
            Axis.Management => "Gestion organisationnelle",
            _ => "Développement durable",
        },
        WorkKindName = kind => kind switch
        {
            WorkKind.Video => "Séance en visioconférence",
            WorkKind.InPerson => "Séance en personne",
            WorkKind.Phone => "Appel",
            WorkKind.Preparation => "Préparation",
            _ => "Rapport",
        },
        HoursCommand = new("heures", "Consigner vos heures d'accompagnement et voir le budget qui reste."),
        CoachingCommand = new("accompagnements", "Les accompagnements individualisés en cours ; en créer un."),
        LogHoursTitle = "Consigner des heures",
        NothingToLogFor = "Vous n'avez aucun accompagnement en cours.",
        ForLabel = "Accompagnement",
        DateLabel = "Date",
        DurationLabel = "Durée",
        WorkKindLabel = "Nature du travail",
        NoteLabel = "Note",
        LogHours = "Enregistrer",
        HoursLogged = "Heures enregistrées",
        BudgetLine = (used, budget, left) => $"{used} sur {budget} — il reste {left}",
        PendingApproval = duration => $"{duration} en attente d'approbation : cette entrée dépasserait le budget, le personnel de la SMQ l'approuvera ou la refusera.",
        EightyPercentReached = institution => $"80 % du budget d'heures est atteint pour l'accompagnement de {institution}.",
        NotYourAccompaniment = "Vous n'êtes pas la ressource spécialisée de cet accompagnement ou de cette cohorte.",
        DurationRule = "La durée va d'un quart d'heure à 8 heures, par quarts d'heure.",
        DateRule = "La date ne peut pas être dans le futur ni hors des dates de l'accompagnement.",
        AccompanimentClosed = "Cet accompagnement est terminé.",
        AccompanimentTitle = institution => $"Accompagnement : {institution}",
        CoachingTitle = "Accompagnements individualisés en cours",
        NoOpenAccompaniment = "Aucun accompagnement en cours.",
        NewAccompaniment = "Nouvel accompagnement",
        InstitutionLabel = "Institution muséale",
        RegionLabel = "Région",
        CoachedPersonLabel = "Personne accompagnée (courriel)",
        ExpertLabel = "Ressource spécialisée (courriel)",
        AxisLabel = "Axe",
        BudgetLabel = "Heures prévues",
        CreateAccompaniment = "Créer l'accompagnement",
        CoachedWelcome = institution => $"Votre accompagnement individualisé commence : {institution}",
        ExpertAssigned = institution => $"Vous accompagnez {institution}",
        HoursAgreed = hours => $"Heures convenues : {hours}.",
        ApprovalTitle = "Heures au-delà du budget à approuver",
        OutcomeName = o => o switch { Outcome.Achieved => "Atteinte", Outcome.Partly => "En partie", _ => "Non atteinte" },
        EvaluationTitle = institution => $"Évaluation de fin de parcours : {institution}",
        EvaluationIntro = "Votre accompagnement est terminé. Dites-nous où vous en êtes et ce que vous en retenez.",
        SatisfactionLabel = "Votre satisfaction (1 à 5)",
        RecommendLabel = "Je recommanderais cet accompagnement à une autre institution",
        CommentsLabel = "Commentaires",
        SendEvaluation = "Envoyer mon évaluation",
        EvaluationThanks = "Merci! Votre évaluation a été transmise à la SMQ.",
        EvaluationAlreadyReceived = "Votre évaluation était déjà reçue : elle compte une fois.",
        EvaluationResultTitle = institution => $"Évaluation reçue : {institution}",
        Recommends = yes => yes ? "Recommanderait l'accompagnement" : "Ne recommanderait pas l'accompagnement",
        RecommendationLabel = "Recommandation",
        Statement = "Relevé du mois",
        EntriesButton = "Heures",
        CohortHoursTotal = total => $"Vos heures consignées pour cette cohorte : {total}",
        StatementTitle = (expert, month) => $"Relevé d'heures : {expert}, {month}",
        StatementTotal = total => $"Total approuvé : {total}",
        DownloadCsv = "Télécharger (CSV)",
        DownloadNote = "Le lien de téléchargement est personnel et vaut 15 minutes.",
        StatusLabel = "Statut",
        StatusName = s => s switch { EntryStatus.Approved => "approuvée", EntryStatus.Pending => "en attente", _ => "refusée" },
        SatisfactionRequired = "Indiquez votre satisfaction, de 1 à 5.",
        ThisMonth = "Vos entrées de ce mois-ci",
        DeleteEntry = "Supprimer",
        EditEntry = "Modifier",
        EditEntryTitle = "Modifier une entrée d’heures",
        SaveEntry = "Enregistrer la modification",
        Cancel = "Annuler",
        LedgerFull = "Ce registre d’heures est plein (400 entrées) : demandez au personnel de la SMQ de l’archiver. Rien n’a été enregistré.",
        MonthLocked = month => $"Le mois de {month} est verrouillé : ses heures ne changent plus.",
        OnlyThisMonth = "Seules les entrées du mois en cours se modifient ou se suppriment.",
        LockMonth = month => $"Verrouiller {month}",
        LockedNotice = month => $"{month} verrouillé.",
        Approve = "Approuver",
        Decline = "Refuser",
        Decided = (approved, duration, date) => approved ? $"Entrée de {duration} du {date} approuvée." : $"Entrée de {duration} du {date} refusée.",
        AlreadyDecided = "Cette entrée a déjà été traitée.",
        CallsCommand = new("appels", "Les appels de candidatures ; en rédiger et en publier un (personnel)."),
        CallsTitle = "Appels de candidatures",
        NewCall = "Nouvel appel",
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
        Preview = "Prévisualiser",
        Post = "Publier",
        PreviewNote = "Aperçu : voici l'appel tel qu'il paraîtra dans le canal.",
        PostedNote = "Publié dans le canal.",
        PlacesCount = n => n == 1 ? "1 place" : $"{n} places",
        EndsIn = when => $"Se termine {when}",
        ApplicationCount = n => n switch { 0 => "Aucune candidature pour l'instant", 1 => "1 candidature", _ => $"{n} candidatures" },
        Apply = "Postuler",
        CallClosed = "Cet appel est fermé : il ne reçoit plus de candidatures.",
        ApplicationSent = "Votre candidature est envoyée. Vous pouvez la modifier ou la retirer jusqu'à la date limite.",
        EditApplication = "Modifier ma candidature",
        Withdraw = "Retirer",
        Withdrawn = "Vous avez retiré votre candidature.",
        ApplyTitle = "Ma candidature",
        PeopleConcernedLabel = "La ou les personnes concernées (une ou deux)",
        ImprovementAreasLabel = "Les pistes d'amélioration visées",
        MotivationLabel = "Votre motivation",
        CommitmentLabel = "Nous nous engageons à adopter les objectifs proposés, à définir des cibles et à participer à l'évaluation de fin de parcours.",
        CommitmentRequired = "Le programme demande cet engagement pour poser sa candidature.",
        CommitmentTitle = "Engagement",
        SendApplication = "Envoyer ma candidature",
        DeadlineInPast = "La date limite doit être après aujourd'hui.",
        AlreadyPosted = "Cet appel est déjà publié.",
        NoCalls = "Aucun appel encore.",
        ApplicationsTitle = title => $"Candidatures : {title}",
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
        DecisionTitle = title => $"Votre candidature : {title}",
        DecisionText = selected => selected ? "Bonne nouvelle : votre candidature est retenue." : "Votre candidature n'a pas été retenue cette fois-ci.",
        PlaceInCohortLabel = "Cohorte où inscrire la personne retenue",
        ReportCommand = new("rapport", "le rapport d'une année financière pour le Ministère : accompagnements, cohortes, heures, résultats"),
        DashboardCommand = new("tableau de bord", "ce qui demande votre attention maintenant"),
        ReportTitle = year => $"Rapport {year}",
        FiscalYearLabel = "Année financière",
        ShowReport = "Afficher",
        NotAFiscalYear = "Donnez une année financière comme 2025-2026.",
        CoachingSection = "Accompagnements individualisés",
        InstitutionsForAccompaniments = (institutions, accompaniments) =>
            $"{institutions} {(institutions > 1 ? "institutions muséales" : "institution muséale")} pour {accompaniments} {(accompaniments > 1 ? "accompagnements" : "accompagnement")}",
        HoursDeliveredLabel = "Heures réalisées",
        DeliveredOfBudgeted = (delivered, budgeted) => $"{delivered} sur {budgeted} prévues",
        EvaluationsLabel = "Évaluations reçues",
        EvaluationsSummary = (count, satisfaction, recommend) => count == 0 ? "aucune"
            : $"{count} · satisfaction moyenne {satisfaction!.Value.ToString("0.0", CultureInfo.GetCultureInfo("fr-CA"))} / 5 · {recommend} % recommanderaient",
        EvaluatedTargetsLabel = "Cibles (évaluations)",
        OutcomesSummary = (achieved, partly, not) => $"atteintes : {achieved} · en partie : {partly} · non atteintes : {not}",
        ByAxisLabel = "Par axe",
        ByRegionLabel = "Par région",
        CountAndHours = (count, hours) => $"{count} {(count > 1 ? "accompagnements" : "accompagnement")} · {hours}",
        UnknownRegion = "Région non précisée",
        CohortsSection = "Cohortes de codéveloppement",
        CohortsHeadline = (cohorts, participants, institutions) =>
            $"{cohorts} {(cohorts > 1 ? "cohortes" : "cohorte")}, {participants} {(participants > 1 ? "participantes et participants" : "participante ou participant")} de {institutions} {(institutions > 1 ? "institutions" : "institution")}",
        MeetingsHeldLabel = "Rencontres tenues",
        CheckInRateLabel = "Participation aux bilans",
        Rate = (part, total) => total == 0 ? "aucun bilan demandé" : $"{Math.Round(100.0 * part / total)} % ({part} sur {total})",
        TargetsAchievedLabel = "Cibles atteintes",
        OutOf = (part, total) => $"{part} sur {total}",
        CohortLineSummary = (members, meetings, rate) => $"membres : {members} · rencontres tenues : {meetings} · bilans : {rate}",
        ExpertsSection = "Ressources spécialisées",
        ExpertHoursLine = (total, coaching, cohorts) => $"{total} (accompagnements {coaching}, cohortes {cohorts})",
        AccompanimentsOfTheYear = "Accompagnements de l'année",
        AccompanimentState = closed => closed ? "terminé" : "en cours",
        NothingThisYear = "Rien cette année.",
        HoursByAxisChart = "Heures réalisées par axe",
        TargetsChart = "Cibles : où en sont-elles ?",
        CsvLink = table => $"CSV : {table}",
        TableName = table => table switch { "accompaniments" => "accompagnements", "cohorts" => "cohortes", "experts" => "ressources", _ => table },
        DashboardTitle = "Tableau de bord",
        NearBudgetSection = "Accompagnements près du budget ou au-delà",
        PendingHoursSection = "Heures en attente d'approbation",
        SilentSection = "Silencieux depuis deux bilans",
        ClosingCallsSection = "Appels qui se terminent bientôt",
        UndatedMeetingsSection = "Rencontres sans date",
        NothingToFlag = "Rien à signaler.",
        BudgetShare = (used, budget) => $"{used} sur {budget}",
        PendingEntry = (hours, date) => $"{hours} le {date}",
        Open = "Ouvrir",
        ScheduleCommand = new("planifier", "planifier une rencontre de codéveloppement : créneaux, sondage, invitation Teams"),
        ScheduleTitle = "Planifier une rencontre",
        NoCohortToSchedule = "Aucune cohorte en cours dont vous planifiez les rencontres.",
        CohortLabel = "Cohorte",
        MeetingDurationLabel = "Durée (minutes)",
        WindowFromLabel = "Chercher à partir du",
        WindowToLabel = "Jusqu'au",
        DayStartLabel = "Début de la journée de travail",
        DayEndLabel = "Fin de la journée de travail",
        ProposeSlots = "Proposer des créneaux",
        WindowInPast = "La période doit commencer aujourd'hui ou plus tard.",
        WindowTooLong = days => $"La période compte au plus {days} jours.",
        DurationOutOfRange = "La durée va de 15 minutes à 8 heures, par quarts d'heure.",
        WorkingHoursRule = "La journée de travail va de 6 h à 22 h, et la rencontre doit y tenir.",
        NoSlotFound = "Aucun créneau possible dans cette période : élargissez-la ou changez les heures.",
        NotYourCohortToSchedule = "Seuls le personnel de la SMQ et les ressources de la cohorte planifient ses rencontres.",
        ProposalTitle = subject => $"Rencontre « {subject} » : créneaux proposés",
        CalendarsSummary = (read, voters) => $"Agendas lus : {read}. Personnes qui votent par sondage (agenda non lisible) : {voters}.",
        LocalModeSummary = "Mode local : aucun agenda n'est lu, tout le monde vote par sondage.",
        SlotTally = (free, votes) => $"Libres selon les agendas : {free} · votes : {votes}",
        PickSlot = "Choisir ce créneau",
        PollClosesIn = when => $"Le sondage se ferme {when}.",
        PollClosed = "Le sondage est fermé.",
        PollClosedPick = "Le sondage est fermé : choisissez le créneau de la rencontre.",
        CancelMeeting = "Annuler la rencontre",
        PollTitle = subject => $"Rencontre « {subject} » : vos disponibilités",
        PollIntro = "Cochez les créneaux qui vous conviennent (heure de Montréal).",
        SlotsLabel = "Créneaux qui me conviennent",
        SendVote = "Envoyer mes disponibilités",
        VoteSaved = "Merci : vos disponibilités sont notées.",
        YourVote = choice => $"Votre choix : {choice}",
        NoSlotSuits = "aucun créneau",
        NotAVoter = "Ce sondage ne vous concerne pas.",
        MeetingTitle = subject => $"Rencontre de codéveloppement : {subject}",
        MeetingWhen = (start, end) => $"{start.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("fr-CA"))}, de {start:%H} h {start:mm} à {end:%H} h {end:mm} (heure de Montréal)",
        StartsIn = when => $"Commence {when}",
        JoinMeeting = "Rejoindre la réunion Teams",
        NoCalendarInvite = "Pas d'invitation dans les agendas (Microsoft Graph n'est pas configuré) : notez la rencontre vous-même.",
        CalendarInviteSent = "L'invitation Outlook, avec le lien Teams, est envoyée aux membres.",
        Reschedule = "Déplacer",
        RescheduleTitle = "Déplacer la rencontre",
        NewDateLabel = "Nouvelle date",
        NewTimeLabel = "Heure de début (heure de Montréal)",
        MeetingMoved = "La rencontre est déplacée.",
        MeetingCancelled = "La rencontre est annulée.",
        MeetingReminder = "Rappel : la rencontre a lieu demain.",
        MeetingInPast = "Choisissez un moment à venir.",
        MeetingClosed = "Cette rencontre ne peut plus changer ainsi.",
        GraphFailed = detail => $"Microsoft Graph n'a pas pu traiter la demande ({detail}). Rien n'a changé : réessayez dans quelques minutes.",
        ReflectionTitle = subject => $"Après la rencontre « {subject} »",
        ReflectionLabel = "Qu'appliquerez-vous sur le terrain d'ici la prochaine rencontre ?",
        ReflectionSaved = "Noté : vous y reviendrez à la prochaine rencontre.",
        SendReflection = "Envoyer",
        HoursAfterMeeting = "La rencontre est terminée : consignez les heures de la séance.",
        MeetingNote = "Rencontre de codéveloppement",
        NotYourMeeting = "Cette rencontre ne vous concerne pas.",
        NoCohortToPlaceIn = "Aucune cohorte en cours : créez-la avec « cohortes » avant de retenir une candidature.",
        AccompanimentTermsNote = "Pour retenir cette candidature, précisez l'accompagnement : la ressource spécialisée, la région, les heures et les dates.",
        PlacedInCohort = subject => $"Inscrite à la cohorte « {subject} ».",
        PlacedInAccompaniment = expert => $"Accompagnement créé avec {expert}.",
        NoApplications = "Aucune candidature ici.",
        ErrorTitle = "Oups",
        NotUnderstood = text => $"Je n'ai pas compris « {text} ».",
        DidYouMean = command => $"Vouliez-vous dire « {command} »?",
        TypeHelp = "Écrivez « aide » pour voir ce que vous pouvez faire.",
        UnknownAction = "Je ne reconnais pas cette action. La carte est peut-être périmée : écrivez « aide » pour repartir.",
        StaffOnly = "Cette commande est réservée au personnel de la SMQ.",
        ExpertsOnly = "Cette commande est réservée aux ressources spécialisées.",
        StaffOrExpertsOnly = "Cette commande est réservée au personnel de la SMQ et aux ressources spécialisées.",
        Apology = "Désolé, quelque chose s'est mal passé de mon côté. Réessayez dans un instant; si le problème persiste, écrivez à l'équipe de la SMQ.",
    };

    public static readonly Texts English = new()
    {
        Culture = CultureInfo.GetCultureInfo("en-US"),
        Locale = "en-US",
        RoleName = role => role switch
        {
            Role.Staff => "SMQ staff",
            Role.Expert => "expert",
            Role.Participant => "participant",
            _ => "member of the museum community",
        },
        RoleIntro = role => role switch
        {
            Role.Staff => "You run the programme: calls for applications, cohorts, individual coaching, meetings and reports to the Ministry.",
            Role.Expert => "You coach institutions and cohorts: you log your hours and follow the check-ins of the people you coach.",
            Role.Participant => "You set your targets, check in on your progress regularly and see your cohort's targets.",
            _ => "You will be able to answer SMQ's calls for applications for a codevelopment cohort or individual coaching.",
        },
        WelcomeTitle = "Welcome to SmqBot",
        Hello = name => name is null ? "Hello!" : $"Hello {name}!",
        ProgrammeIntro = "I am the assistant of the Société des musées du Québec's professional-development programme: codevelopment cohorts, individual coaching and calls for applications.",
        WelcomeBack = ago => $"Good to see you again! We first talked {ago}.",
        LanguageNote = "I answer in your Teams language (French or English).",
        ShowHelp = "See what I can do",
        TeamGreetingTitle = team => team is null ? "SmqBot is installed in this team" : $"SmqBot is installed in the team {team}",
        TeamGreeting = "SMQ staff can post calls for applications here and run cohorts in this team's channels. Type \"@SmqBot help\" to see what I can do.",
        HelpTitle = "What you can do",
        YouAre = role => $"You are: {role}",
        CommandsHeading = "Commands",
        HelpFooter = "Type a command in the chat, in English or French, or use the buttons on the cards.",
        HelpCommand = new("help", "Shows this list."),
        ProfileCommand = new("profile", "What SmqBot knows about you: role, language, time zone."),
        TeamsCommand = new("teams", "The teams and channels where SmqBot is installed."),
        ProfileTitle = "Your profile",
        MyInstitutionLabel = "My museum institution",
        SaveProfile = "Save",
        ProfileSaved = "Profile saved.",
        NameLabel = "Name",
        RolesLabel = "Role",
        LanguageLabel = "Language",
        LanguageName = "English",
        TimeZoneLabel = "Time zone",
        WithUsSinceLabel = "First conversation",
        Unknown = "unknown",
        TeamsTitle = "Teams where SmqBot is installed",
        NoTeams = "SmqBot is not installed in any team yet.",
        ChannelCount = n => n switch { 0 => "no channel", 1 => "1 channel", _ => $"{n} channels" },
        InstalledAgo = ago => $"installed {ago}",
        DeliveriesCommand = new("deliveries", "Where SmqBot's messages stand: sent, pending, failed."),
        DeliveriesTitle = "SmqBot's send-outs",
        NoDeliveries = "SmqBot has not sent anything yet.",
        UnknownBroadcast = name => $"No send-out is called \"{name}\".",
        SentLabel = "Sent",
        PendingLabel = "Pending",
        FailedLabel = "Failed",
        FailureReasons = "Why they failed",
        Refresh = "Refresh",
        CheckInTitle = subject => $"Check-in: {subject}",
        LastCheckIn = ago => $"Last check-in {ago}.",
        FirstCheckIn = "This is your first check-in in this cohort.",
        TargetLine = (indicator, latest, goal, due) => $"{indicator} · last value: {latest} · target: {goal} by {due}",
        AppliedLabel = "What you applied in the field since the last meeting",
        YourIntention = intention => $"After the last meeting, you meant to apply: “{intention}”",
        ObstaclesLabel = "Obstacles you met",
        ConfidenceLabel = "Your confidence in reaching your targets (1 to 5)",
        SendCheckIn = "Send my check-in",
        CheckInSaved = "Check-in saved",
        CheckInAlreadySaved = "This check-in was already saved: it counts once.",
        OnTrack = (onTrack, total) => total == 1 ? $"{onTrack} of 1 target on track" : $"{onTrack} of {total} targets on track",
        NotInCohort = "You are not a member of this cohort.",
        CohortClosed = "This cohort has ended: it no longer takes check-ins.",
        NotAValue = target => $"The value given for \"{target}\" is not accepted: a number, or 1 to 5 on a scale.",
        TooLong = (field, max) => $"\"{field}\" is longer than {max} characters.",
        ConfidenceRequired = "Give your confidence, from 1 to 5.",
        DigestNotice = "Your cohort's expert gets a digest of each round: who checked in, progress on the collective targets, and the obstacles raised (with your name).",
        ReminderNote = "A gentle reminder: your check-in for this round has not arrived yet.",
        DigestTitle = (subject, date) => $"Check-ins of {date}: {subject}",
        CheckedInCount = (done, total) => $"{done} of {total} members checked in",
        Silent = names => $"No check-in: {names}",
        CollectiveTargets = "Collective targets",
        ObstaclesRaised = "Obstacles raised",
        NoObstacles = "No obstacle raised.",
        TargetsCommand = new("my targets", "Your targets, their progress, and a check-in whenever you like."),
        TargetsTitle = "My targets",
        NoCohort = "You are not in any cohort yet.",
        NoTargetsYet = "No target yet: set 1 to 5 to measure your progress.",
        AddTarget = "Add a target",
        CheckInNow = "Check in now",
        MarkAchieved = "Achieved",
        Abandon = "Abandon",
        StateName = state => state switch { TargetState.Achieved => "achieved", TargetState.Abandoned => "abandoned", _ => "in progress" },
        NewTargetTitle = "New target",
        EditTargetTitle = "Edit the target",
        WhatLabel = "What you want to improve",
        IndicatorLabel = "The indicator that measures it",
        KindLabel = "Measure",
        KindNumber = "A number",
        KindScale = "A 1 to 5 scale",
        UnitLabel = "Unit (for a number)",
        BaselineLabel = "Starting point",
        GoalLabel = "Target",
        DueLabel = "Due date",
        SaveTarget = "Save the target",
        TooManyTargets = max => $"You already have {max} targets, the maximum. Mark one achieved or abandoned to add another.",
        Required = field => $"\"{field}\" is required.",
        Forms = SmqBot.Cards.Forms.FormTexts.English,
        DueOutsideCohort = "The due date must fall within the cohort.",
        EditTarget = "Edit",
        CollectiveTitle = subject => $"Collective targets: {subject}",
        NoCollectiveTargets = "No collective target yet.",
        AddCollectiveTarget = "Add a collective target",
        ReportValue = "Update",
        NewValueLabel = "New value",
        CollectiveEditorsOnly = "Only SMQ staff and the cohort's experts change its collective targets.",
        KindLocked = "A target that already has values keeps its measure (number or scale).",
        ProgressChartTitle = "Way covered toward each target (%)",
        ProgressChartAlt = "Chart: for each target, the percentage of the way covered from the starting point to the target, check-in after check-in.",
        CohortsCommand = new("cohorts", "The cohorts under way; create or close one."),
        CohortsTitle = "Cohorts under way",
        NoOpenCohort = "No cohort under way.",
        NewCohort = "New cohort",
        CloseCohort = "Close",
        MemberCount = n => n == 1 ? "1 member" : $"{n} members",
        SubjectLabel = "Subject",
        StartLabel = "Start",
        EndLabel = "End",
        ExpertsLabel = "Experts (e-mails)",
        MembersLabel = "Members (e-mails)",
        PeoplePlaceholder = "one address per line, or separated by commas",
        ObjectivesLabel = "Proposed objectives (one per line)",
        ChannelLabel = "The cohort's channel",
        EveryLabel = "Check-ins",
        EveryWeeks = n => n == 1 ? "every week" : $"every {n} weeks",
        DayLabel = "Day",
        TimeLabel = "Time (Montréal time)",
        DigestInChannelLabel = "Post the check-in digest in the channel (otherwise in a private chat with the expert)",
        CreateCohort = "Create the cohort",
        SaveCohort = "Save the changes",
        UnknownPeople = list => $"These addresses match nobody who has installed SmqBot: {list}. Ask them to add the app, then try again.",
        EndBeforeStart = "The end must come after the start.",
        TooManyMembers = max => $"A cohort has at most {max} members.",
        WelcomeToCohort = subject => $"Welcome to the cohort \"{subject}\"",
        CohortDates = (start, end) => $"From {start} to {end}.",
        YourExperts = names => $"Expert: {names}",
        CheckInRhythm = rhythm => $"Check-ins {rhythm}.",
        DefineTargets = "Set my targets",
        ExpertOfCohort = subject => $"You are coaching the cohort \"{subject}\"",
        CohortMembers = names => $"Members: {names}",
        CohortClosedNotice = subject => $"The cohort \"{subject}\" is closed.",
        AxisName = axis => axis switch
        {
            Axis.Positioning => "Positioning in Quebec's tourism ecosystem",
            Axis.Audiences => "Knowing audiences",
            Axis.Welcome => "Welcome and customer service",
            Axis.Management => "Organisational management",
            _ => "Sustainable development",
        },
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
        LogHoursTitle = "Log hours",
        NothingToLogFor = "You have no coaching under way.",
        ForLabel = "Coaching",
        DateLabel = "Date",
        DurationLabel = "Duration",
        WorkKindLabel = "Kind of work",
        NoteLabel = "Note",
        LogHours = "Save",
        HoursLogged = "Hours saved",
        BudgetLine = (used, budget, left) => $"{used} of {budget}, {left} left",
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
        InstitutionLabel = "Museum",
        RegionLabel = "Region",
        CoachedPersonLabel = "Coached person (e-mail)",
        ExpertLabel = "Expert (e-mail)",
        AxisLabel = "Axis",
        BudgetLabel = "Hours agreed",
        CreateAccompaniment = "Create the coaching",
        CoachedWelcome = institution => $"Your individual coaching begins: {institution}",
        ExpertAssigned = institution => $"You are coaching {institution}",
        HoursAgreed = hours => $"Hours agreed: {hours}.",
        ApprovalTitle = "Hours over the budget to approve",
        OutcomeName = o => o switch { Outcome.Achieved => "Achieved", Outcome.Partly => "Partly", _ => "Not achieved" },
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
        DownloadCsv = "Download (CSV)",
        DownloadNote = "The download link is yours alone and lasts 15 minutes.",
        StatusLabel = "Status",
        StatusName = s => s switch { EntryStatus.Approved => "approved", EntryStatus.Pending => "pending", _ => "declined" },
        SatisfactionRequired = "Give your satisfaction, from 1 to 5.",
        ThisMonth = "Your entries this month",
        DeleteEntry = "Delete",
        EditEntry = "Edit",
        EditEntryTitle = "Edit an hour entry",
        SaveEntry = "Save the change",
        Cancel = "Cancel",
        LedgerFull = "This hour ledger is full (400 entries): ask SMQ staff to archive it. Nothing was saved.",
        MonthLocked = month => $"{month} is locked: its hours no longer change.",
        OnlyThisMonth = "Only this month's entries can be edited or deleted.",
        LockMonth = month => $"Lock {month}",
        LockedNotice = month => $"{month} locked.",
        Approve = "Approve",
        Decline = "Decline",
        Decided = (approved, duration, date) => approved ? $"Entry of {duration} on {date} approved." : $"Entry of {duration} on {date} declined.",
        AlreadyDecided = "This entry was already decided.",
        CallsCommand = new("calls", "Calls for applications; write and post one (staff)."),
        CallsTitle = "Calls for applications",
        NewCall = "New call",
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
        Preview = "Preview",
        Post = "Post",
        PreviewNote = "Preview: this is the call as it will appear in the channel.",
        PostedNote = "Posted in the channel.",
        PlacesCount = n => n == 1 ? "1 place" : $"{n} places",
        EndsIn = when => $"Closes {when}",
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
        CommitmentRequired = "The programme asks for this commitment to apply.",
        CommitmentTitle = "Commitment",
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
        ReportCommand = new("report", "a fiscal year's report for the Ministry: coaching, cohorts, hours, results"),
        DashboardCommand = new("dashboard", "what needs your attention now"),
        ReportTitle = year => $"Report {year}",
        FiscalYearLabel = "Fiscal year",
        ShowReport = "Show",
        NotAFiscalYear = "Give a fiscal year such as 2025-2026.",
        CoachingSection = "Individual coaching",
        InstitutionsForAccompaniments = (institutions, accompaniments) =>
            $"{institutions} museum {(institutions > 1 ? "institutions" : "institution")} for {accompaniments} {(accompaniments > 1 ? "accompaniments" : "accompaniment")}",
        HoursDeliveredLabel = "Hours delivered",
        DeliveredOfBudgeted = (delivered, budgeted) => $"{delivered} of {budgeted} budgeted",
        EvaluationsLabel = "Evaluations received",
        EvaluationsSummary = (count, satisfaction, recommend) => count == 0 ? "none"
            : $"{count} · average satisfaction {satisfaction!.Value.ToString("0.0", CultureInfo.InvariantCulture)} / 5 · {recommend}% would recommend",
        EvaluatedTargetsLabel = "Targets (evaluations)",
        OutcomesSummary = (achieved, partly, not) => $"achieved: {achieved} · partly: {partly} · not achieved: {not}",
        ByAxisLabel = "By axis",
        ByRegionLabel = "By region",
        CountAndHours = (count, hours) => $"{count} {(count > 1 ? "accompaniments" : "accompaniment")} · {hours}",
        UnknownRegion = "Region not given",
        CohortsSection = "Codevelopment cohorts",
        CohortsHeadline = (cohorts, participants, institutions) =>
            $"{cohorts} {(cohorts > 1 ? "cohorts" : "cohort")}, {participants} {(participants > 1 ? "participants" : "participant")} from {institutions} {(institutions > 1 ? "institutions" : "institution")}",
        MeetingsHeldLabel = "Meetings held",
        CheckInRateLabel = "Check-in participation",
        Rate = (part, total) => total == 0 ? "no check-in asked" : $"{Math.Round(100.0 * part / total)}% ({part} of {total})",
        TargetsAchievedLabel = "Targets achieved",
        OutOf = (part, total) => $"{part} of {total}",
        CohortLineSummary = (members, meetings, rate) => $"members: {members} · meetings held: {meetings} · check-ins: {rate}",
        ExpertsSection = "Experts",
        ExpertHoursLine = (total, coaching, cohorts) => $"{total} (coaching {coaching}, cohorts {cohorts})",
        AccompanimentsOfTheYear = "The year's accompaniments",
        AccompanimentState = closed => closed ? "ended" : "under way",
        NothingThisYear = "Nothing this year.",
        HoursByAxisChart = "Hours delivered by axis",
        TargetsChart = "Targets: where do they stand?",
        CsvLink = table => $"CSV: {table}",
        TableName = table => table switch { "accompaniments" => "accompaniments", "cohorts" => "cohorts", "experts" => "experts", _ => table },
        DashboardTitle = "Dashboard",
        NearBudgetSection = "Accompaniments near or over budget",
        PendingHoursSection = "Hours awaiting approval",
        SilentSection = "Silent for two check-ins",
        ClosingCallsSection = "Calls closing soon",
        UndatedMeetingsSection = "Meetings without a date",
        NothingToFlag = "Nothing to flag.",
        BudgetShare = (used, budget) => $"{used} of {budget}",
        PendingEntry = (hours, date) => $"{hours} on {date}",
        Open = "Open",
        ScheduleCommand = new("schedule", "schedule a codevelopment meeting: candidate times, a poll, a Teams invite"),
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
        WindowTooLong = days => $"The window is at most {days} days long.",
        DurationOutOfRange = "The duration is 15 minutes to 8 hours, in quarter hours.",
        WorkingHoursRule = "The working day runs between 6:00 and 22:00, and the meeting must fit in it.",
        NoSlotFound = "No possible time in this window: widen it or change the hours.",
        NotYourCohortToSchedule = "Only SMQ staff and the cohort's experts schedule its meetings.",
        ProposalTitle = subject => $"Meeting “{subject}”: proposed times",
        CalendarsSummary = (read, voters) => $"Calendars read: {read}. People voting by poll (calendar not readable): {voters}.",
        LocalModeSummary = "Local mode: no calendar is read, everyone votes by poll.",
        SlotTally = (free, votes) => $"Free by calendar: {free} · votes: {votes}",
        PickSlot = "Pick this time",
        PollClosesIn = when => $"The poll closes {when}.",
        PollClosed = "The poll is closed.",
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
        MeetingWhen = (start, end) => $"{start.ToString("dddd, MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US"))}, {start.ToString("h:mm tt", CultureInfo.GetCultureInfo("en-US"))} to {end.ToString("h:mm tt", CultureInfo.GetCultureInfo("en-US"))} (Montréal time)",
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
        ReflectionSaved = "Noted: you will come back to it at the next meeting.",
        SendReflection = "Send",
        HoursAfterMeeting = "The meeting is over: log the session's hours.",
        MeetingNote = "Codevelopment meeting",
        NotYourMeeting = "This meeting is not yours.",
        NoCohortToPlaceIn = "No cohort under way: create it with “cohorts” before selecting an application.",
        AccompanimentTermsNote = "To select this application, set out the accompaniment: the expert, the region, the hours and the dates.",
        PlacedInCohort = subject => $"Enrolled in the cohort “{subject}”.",
        PlacedInAccompaniment = expert => $"Accompaniment created with {expert}.",
        NoApplications = "No application here.",
        ErrorTitle = "Oops",
        NotUnderstood = text => $"I did not understand \"{text}\".",
        DidYouMean = command => $"Did you mean \"{command}\"?",
        TypeHelp = "Type \"help\" to see what you can do.",
        UnknownAction = "I do not recognise this action. The card may be out of date: type \"help\" to start again.",
        StaffOnly = "This command is for SMQ staff only.",
        ExpertsOnly = "This command is for experts only.",
        StaffOrExpertsOnly = "This command is for SMQ staff and experts only.",
        Apology = "Sorry, something went wrong on my side. Please try again in a moment; if it keeps happening, write to the SMQ team.",
    };

    /// <summary>English for an English locale (en, en-US, en-CA…), French otherwise: French is the programme's first language.</summary>
    public static Texts For(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : French;
}
