using System.Globalization;
using SmqBot.Data.Calls;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;

namespace SmqBot.Cards.Common;

/// <summary>A command as the help card shows it: what to type and what it does.</summary>
public sealed record CommandText(string Name, string Description);

/// <summary>
/// Every user-facing string, in French (the default) and English: the ones every card shares here, each feature's in
/// its own record (<see cref="CheckIns"/>, <see cref="Coaching"/>, …, in Cards/X/XTexts.cs), composed here. One instance
/// per language; `required` makes a missing translation a compile error. Pick one with <see cref="For"/> from the locale.
/// </summary>
public sealed record Texts
{
    public required CultureInfo Culture { get; init; }
    public required string Locale { get; init; }
    public required SmqBot.Cards.Forms.FormTexts Forms { get; init; }
    public required ConfirmTexts Confirm { get; init; }
    public required SmqBot.Cards.CheckIns.CheckInTexts CheckIns { get; init; }
    public required SmqBot.Cards.Coaching.CoachingTexts Coaching { get; init; }
    public required SmqBot.Cards.Calls.CallTexts Calls { get; init; }
    public required SmqBot.Cards.Reports.ReportTexts Reports { get; init; }
    public required SmqBot.Cards.Meetings.MeetingTexts Meetings { get; init; }
    public required SmqBot.Cards.Privacy.PrivacyTexts Privacy { get; init; }
    public required ExportTexts Exports { get; init; }
    public required EdgeTexts Edge { get; init; }
    /// <summary>A label and its value in a sentence: "Axe : Médiation" (French spaces the colon), "Area: Mediation".</summary>
    public required Func<string, string, string> Labelled { get; init; }
    /// <summary>Between items of a list that already holds commas: " ; " in French, "; " in English.</summary>
    public required string ListSeparator { get; init; }

    // Roles and what each does in the programme.
    public required Func<Role?, string> RoleName { get; init; }
    public required Func<Role?, string> RoleIntro { get; init; }

    // Welcome (personal) and greeting (team).
    public required string WelcomeTitle { get; init; }
    public required Func<string?, string> Hello { get; init; }
    public required string YoureWelcome { get; init; }
    public required string ProgrammeIntro { get; init; }
    public required Func<string, string> WelcomeBack { get; init; }
    public required string LanguageNote { get; init; }
    public required string ShowHelp { get; init; }
    /// <summary>Leaves a form without saving (an edit, for instance).</summary>
    public required string Cancel { get; init; }
    public required string Back { get; init; }
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
    /// <summary>A time zone in words ("heure de l’Est (Montréal)"); an id it does not know, as it is.</summary>
    public required Func<string, string> TimeZoneName { get; init; }
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
    public required string UnnamedSendOut { get; init; }
    public required Func<string, string> SentTo { get; init; }
    public required Func<string, string> FailedFor { get; init; }
    public required string Details { get; init; }
    public required string Refresh { get; init; }

    // Check-ins.
    public required string CohortClosed { get; init; }
    public required Func<string, string> NotAValue { get; init; }
    public required Func<string, int, string> TooLong { get; init; }
    /// <summary>A bounded list is full: nothing is dropped to make room, the new item is refused (what: plural, in context).</summary>
    public required Func<int, string, string> LimitReached { get; init; }


    // Targets.
    public required string NoTargetsYet { get; init; }
    public required Func<string, string> Required { get; init; }


    // Cohorts (staff).
    public required string CloseCohort { get; init; }
    public required string StartLabel { get; init; }
    public required string EndLabel { get; init; }
    public required string ObjectivesLabel { get; init; }
    public required string ChannelLabel { get; init; }
    /// <summary>People added by an address SmqBot does not know yet, on the cohort and coaching cards.</summary>
    public required Func<string, string> InvitedPeople { get; init; }
    public required Func<string, string> WaitingFor { get; init; }
    public required string WaitingAccompaniments { get; init; }
    public required Func<int, string> AppInstalledCount { get; init; }
    public required Func<int, string> InstallingCount { get; init; }
    public required Func<int, string> WelcomedCount { get; init; }
    public required Func<string, string> UnreachablePeople { get; init; }
    /// <summary>Why someone cannot be reached, from its code (notInTenant, blocked, failed).</summary>
    public required Func<string, string> ReachReason { get; init; }
    public required string EndBeforeStart { get; init; }
    public required Func<int, string> TooManyMembers { get; init; }
    public required Func<string, string> YourExperts { get; init; }
    public required string DefineTargets { get; init; }

    // Individual coaching and hours.
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

    // Calls for applications.
    public required Func<string, string> EndsIn { get; init; }

    // Reports and the dashboard.

    // Codevelopment meetings.
    public required Func<string, string> PollClosesIn { get; init; }
    public required string PollClosed { get; init; }
    public required string NoCohortToPlaceIn { get; init; }
    public required string AccompanimentTermsNote { get; init; }
    public required Func<string, string> PlacedInCohort { get; init; }
    public required Func<string, string> PlacedInAccompaniment { get; init; }
    /// <summary>A selection whose expert SmqBot does not know yet: the accompaniment starts at their first visit.</summary>
    public required Func<string, string> PlacedAwaitingExpert { get; init; }
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
        CheckIns = SmqBot.Cards.CheckIns.CheckInTexts.French,
        Coaching = SmqBot.Cards.Coaching.CoachingTexts.French,
        Calls = SmqBot.Cards.Calls.CallTexts.French,
        Reports = SmqBot.Cards.Reports.ReportTexts.French,
        Meetings = SmqBot.Cards.Meetings.MeetingTexts.French,
        Privacy = SmqBot.Cards.Privacy.PrivacyTexts.French,
        Exports = ExportTexts.French,
        Edge = EdgeTexts.French,
        Culture = Humanize.FrenchCulture,
        Locale = "fr-CA",
        Labelled = (label, value) => $"{label}\u00A0: {value}",
        ListSeparator = "\u202F; ",
        RoleName = role => role switch
        {
            Role.Staff => "personnel de la SMQ",
            Role.Expert => "ressource spécialisée",
            Role.Participant => "participante ou participant",
            _ => "membre de la communauté muséale",
        },
        RoleIntro = role => role switch
        {
            Role.Staff => "Vous gérez le programme : appels de candidatures, cohortes, accompagnements, rencontres et rapports au Ministère.",
            Role.Expert => "Vous accompagnez des institutions et des cohortes : vous consignez vos heures et suivez les bilans des personnes accompagnées.",
            Role.Participant => "Vous définissez vos cibles, faites le point régulièrement sur vos progrès et voyez les cibles de votre cohorte.",
            _ => "Vous pourrez répondre aux appels de candidatures de la SMQ pour une cohorte de codéveloppement ou un accompagnement individualisé.",
        },
        WelcomeTitle = "Bienvenue dans SmqBot",
        Hello = name => name is null ? "Bonjour !" : $"Bonjour {name} !",
        YoureWelcome = "Avec plaisir ! Voici ce que vous pouvez faire.",
        ProgrammeIntro = "Je suis l’assistant du programme de développement professionnel de la Société des musées du Québec : cohortes de codéveloppement, accompagnements individualisés et appels de candidatures.",
        WelcomeBack = ago => $"Content de vous revoir ! Nous nous sommes parlé pour la première fois {ago}.",
        LanguageNote = "Je vous réponds en français ou en anglais ; pour choisir, tapez « profil ».",
        ShowHelp = "Voir ce que je peux faire",
        Back = "Retour",
        Cancel = "Annuler",
        TeamGreetingTitle = team => team is null ? "SmqBot est installé dans cette équipe" : $"SmqBot est installé dans l’équipe {team}",
        TeamGreeting = "Le personnel de la SMQ pourra publier ici les appels de candidatures et y faire vivre les cohortes. Écrivez « @SmqBot aide » pour voir ce que je peux faire.",
        HelpTitle = "Ce que vous pouvez faire",
        YouAre = role => $"Vous êtes : {role}",
        CommandsHeading = "Commandes",
        HelpFooter = "Écrivez une commande dans la conversation, en français ou en anglais, ou utilisez les boutons des cartes.",
        HelpCommand = new("aide", "Affiche cette liste."),
        ProfileCommand = new("profil", "Ce que SmqBot sait de vous : rôle, langue, fuseau horaire."),
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
        TimeZoneName = id => id is "America/Toronto" or "America/Montreal" or "Eastern Standard Time" ? "heure de l’Est (Montréal)" : id,
        WithUsSinceLabel = "Première conversation",
        Unknown = "inconnu",
        TeamsTitle = "Équipes où SmqBot est installé",
        NoTeams = "SmqBot n’est encore installé dans aucune équipe.",
        ChannelCount = n => n switch { 0 => "aucun canal", 1 => "1 canal", _ => $"{n} canaux" },
        InstalledAgo = ago => $"installé {ago}",
        DeliveriesCommand = new("envois", "Où en sont les messages envoyés par SmqBot : envoyés, en attente, en échec."),
        DeliveriesTitle = "Envois de SmqBot",
        NoDeliveries = "SmqBot n’a encore rien envoyé.",
        UnknownBroadcast = name => $"Aucun envoi ne s’appelle « {name} ».",
        SentLabel = "Envoyés",
        PendingLabel = "En attente",
        FailedLabel = "En échec",
        FailureReasons = "Raisons des échecs",
        UnnamedSendOut = "Envoi sans titre",
        SentTo = names => $"Pour : {names}",
        FailedFor = name => $"{name} (en échec)",
        Details = "Détails",
        Refresh = "Actualiser",
        CohortClosed = "Cette cohorte est terminée : elle ne reçoit plus de bilans.",
        NotAValue = target => $"La valeur donnée pour « {target} » n’est pas acceptée : un nombre, ou de 1 à 5 sur une échelle.",
        TooLong = (field, max) => $"« {field} » dépasse {max} caractères.",
        LimitReached = (max, what) => $"Vous avez atteint la limite de {max} {what} : rien n’a été enregistré. Écrivez au personnel de la SMQ si vous avez besoin d’aller au-delà.",
        NoTargetsYet = "Aucune cible encore : définissez-en de 1 à 5 pour mesurer vos progrès.",
        Required = field => $"« {field} » est requis.",
        Forms = SmqBot.Cards.Forms.FormTexts.French,
        Confirm = ConfirmTexts.French,
        CloseCohort = "Fermer",
        StartLabel = "Début",
        EndLabel = "Fin",
        ObjectivesLabel = "Objectifs proposés (un par ligne)",
        ChannelLabel = "Canal de la cohorte",
        InvitedPeople = list => $"Personnes invitées, accueillies dès qu’elles ouvriront SmqBot : {list}",
        WaitingFor = list => $"En attente de : {list}",
        WaitingAccompaniments = "Accompagnements en attente",
        AppInstalledCount = n => $"Application installée : {n}",
        InstallingCount = n => $"Installation en cours : {n}",
        WelcomedCount = n => $"Messages d’accueil remis : {n}",
        UnreachablePeople = list => $"Injoignables : {list}",
        ReachReason = code => code switch
        {
            "notInTenant" => "pas dans l’organisation",
            "blocked" => "installation bloquée par une stratégie de Teams",
            "notInCatalog" => "SmqBot absent du catalogue d’applications de l’organisation, voir le réglage Graph:AppCatalogId",
            _ => "Microsoft Graph ne répond pas",
        },
        EndBeforeStart = "La fin doit suivre le début.",
        TooManyMembers = max => $"Une cohorte compte au plus {max} membres.",
        YourExperts = names => $"Ressource spécialisée : {names}",
        DefineTargets = "Définir mes cibles",
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
        EndsIn = when => $"Se termine {when}",
        PollClosesIn = when => $"Le sondage se ferme {when}.",
        PollClosed = "Le sondage est fermé.",
        NoCohortToPlaceIn = "Aucune cohorte en cours : créez-la avec « cohortes » avant de retenir une candidature.",
        AccompanimentTermsNote = "Pour retenir cette candidature, précisez l’accompagnement : la ressource spécialisée, la région, les heures et les dates.",
        PlacedInCohort = subject => $"Inscrite à la cohorte « {subject} ».",
        PlacedInAccompaniment = expert => $"Accompagnement créé avec {expert}.",
        PlacedAwaitingExpert = expert => $"Accompagnement prévu avec {expert} : il commencera dès sa première visite dans SmqBot.",
        NoApplications = "Aucune candidature ici.",
        ErrorTitle = "Oups",
        NotUnderstood = text => $"Je n’ai pas compris « {text} ».",
        DidYouMean = command => $"Vouliez-vous dire « {command} » ?",
        TypeHelp = "Écrivez « aide » pour voir ce que vous pouvez faire.",
        UnknownAction = "Je ne reconnais pas cette action. La carte est peut-être périmée : écrivez « aide » pour repartir.",
        StaffOnly = "Cette commande est réservée au personnel de la SMQ.",
        ExpertsOnly = "Cette commande est réservée aux ressources spécialisées.",
        StaffOrExpertsOnly = "Cette commande est réservée au personnel de la SMQ et aux ressources spécialisées.",
        Apology = "Désolé, quelque chose s’est mal passé de mon côté. Réessayez dans un instant ; si le problème persiste, écrivez à l’équipe de la SMQ.",
    };

    public static readonly Texts English = new()
    {
        CheckIns = SmqBot.Cards.CheckIns.CheckInTexts.English,
        Coaching = SmqBot.Cards.Coaching.CoachingTexts.English,
        Calls = SmqBot.Cards.Calls.CallTexts.English,
        Reports = SmqBot.Cards.Reports.ReportTexts.English,
        Meetings = SmqBot.Cards.Meetings.MeetingTexts.English,
        Privacy = SmqBot.Cards.Privacy.PrivacyTexts.English,
        Exports = ExportTexts.English,
        Edge = EdgeTexts.English,
        Culture = Humanize.EnglishCulture,
        Locale = "en-US",
        Labelled = (label, value) => $"{label}: {value}",
        ListSeparator = "; ",
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
        YoureWelcome = "You're welcome! Here is what you can do.",
        ProgrammeIntro = "I am the assistant of the Société des musées du Québec's professional-development programme: codevelopment cohorts, individual coaching and calls for applications.",
        WelcomeBack = ago => $"Good to see you again! We first talked {ago}.",
        LanguageNote = "I answer in French or in English; to choose, type \"profile\".",
        ShowHelp = "See what I can do",
        Back = "Back",
        Cancel = "Cancel",
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
        TimeZoneName = id => id is "America/Toronto" or "America/Montreal" or "Eastern Standard Time" ? "Eastern Time (Montréal)" : id,
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
        UnnamedSendOut = "Untitled send-out",
        SentTo = names => $"To: {names}",
        FailedFor = name => $"{name} (failed)",
        Details = "Details",
        Refresh = "Refresh",
        CohortClosed = "This cohort has ended: it no longer takes check-ins.",
        NotAValue = target => $"The value given for \"{target}\" is not accepted: a number, or 1 to 5 on a scale.",
        TooLong = (field, max) => $"\"{field}\" is longer than {max} characters.",
        LimitReached = (max, what) => $"You have reached the limit of {max} {what}: nothing was saved. Write to SMQ staff if you need to go beyond it.",
        NoTargetsYet = "No target yet: set 1 to 5 to measure your progress.",
        Required = field => $"\"{field}\" is required.",
        Forms = SmqBot.Cards.Forms.FormTexts.English,
        Confirm = ConfirmTexts.English,
        CloseCohort = "Close",
        StartLabel = "Start",
        EndLabel = "End",
        ObjectivesLabel = "Proposed objectives (one per line)",
        ChannelLabel = "The cohort's channel",
        InvitedPeople = list => $"Invited, welcomed as soon as they open SmqBot: {list}",
        WaitingFor = list => $"Waiting for: {list}",
        WaitingAccompaniments = "Accompaniments waiting",
        AppInstalledCount = n => $"App installed: {n}",
        InstallingCount = n => $"Installing: {n}",
        WelcomedCount = n => $"Welcome messages delivered: {n}",
        UnreachablePeople = list => $"Cannot be reached: {list}",
        ReachReason = code => code switch
        {
            "notInTenant" => "not in the organisation",
            "blocked" => "installation blocked by a Teams policy",
            "notInCatalog" => "SmqBot missing from the organisation's app catalog, see the setting Graph:AppCatalogId",
            _ => "Microsoft Graph does not answer",
        },
        EndBeforeStart = "The end must come after the start.",
        TooManyMembers = max => $"A cohort has at most {max} members.",
        YourExperts = names => $"Expert: {names}",
        DefineTargets = "Set my targets",
        AxisName = axis => axis switch
        {
            Axis.Positioning => "Positioning in Quebec's tourism ecosystem",
            Axis.Audiences => "Knowing audiences",
            Axis.Welcome => "Welcome and customer service",
            Axis.Management => "Organisational management",
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
        EndsIn = when => $"Closes {when}",
        PollClosesIn = when => $"The poll closes {when}.",
        PollClosed = "The poll is closed.",
        NoCohortToPlaceIn = "No cohort under way: create it with “cohorts” before selecting an application.",
        AccompanimentTermsNote = "To select this application, set out the accompaniment: the expert, the region, the hours and the dates.",
        PlacedInCohort = subject => $"Enrolled in the cohort “{subject}”.",
        PlacedInAccompaniment = expert => $"Accompaniment created with {expert}.",
        PlacedAwaitingExpert = expert => $"Accompaniment planned with {expert}: it starts at their first visit to SmqBot.",
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
