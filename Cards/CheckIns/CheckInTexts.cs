using System.Globalization;
using SmqBot.Data.Calls;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;
using SmqBot.Cards.Common;

namespace SmqBot.Cards.CheckIns;

/// <summary>The texts of this feature's cards, in French and English: part of <see cref="Texts"/> (a missing translation does not compile).</summary>
public sealed record CheckInTexts
{
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
    /// <summary>Above the list of cohorts, once staff created one (its members and experts are told in their chats).</summary>
    public required Func<string, string> CohortCreated { get; init; }
    public required string CheckInAlreadySaved { get; init; }
    public required Func<int, int, string> OnTrack { get; init; }
    public required string NotInCohort { get; init; }
    /// <summary>A check-in for a round that was never sent (not yet due, beyond the cohort's end, or made up).</summary>
    public required string RoundNotSent { get; init; }
    /// <summary>What <see cref="Texts.LimitReached"/> counts for a member's check-ins.</summary>
    public required string CheckInsInCohort { get; init; }
    public required string ConfidenceRequired { get; init; }
    public required string DigestNotice { get; init; }
    /// <summary>What a channel digest shows, for members of a cohort whose digest is posted in its channel.</summary>
    public required string DigestInChannelNotice { get; init; }
    public required string ShareObstaclesLabel { get; init; }
    public required string ReminderNote { get; init; }
    public required Func<string, string, string> DigestTitle { get; init; }
    public required Func<int, int, string> CheckedInCount { get; init; }
    public required Func<string, string> Silent { get; init; }
    public required string CollectiveTargets { get; init; }
    public required string ObstaclesRaised { get; init; }
    public required string NoObstacles { get; init; }
    public required CommandText TargetsCommand { get; init; }
    public required string TargetsTitle { get; init; }
    public required string NoCohort { get; init; }
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
    public required CommandText CohortsCommand { get; init; }
    public required string CohortsTitle { get; init; }
    public required string NoOpenCohort { get; init; }
    public required string NewCohort { get; init; }
    public required Func<int, string> MemberCount { get; init; }
    public required string SubjectLabel { get; init; }
    public required string ExpertsLabel { get; init; }
    public required string PickExpertsLabel { get; init; }
    public required string PickMembersLabel { get; init; }
    public required string MembersLabel { get; init; }
    public required string PeoplePlaceholder { get; init; }
    public required string EveryLabel { get; init; }
    public required Func<int, string> EveryWeeks { get; init; }
    public required string DayLabel { get; init; }
    public required string TimeLabel { get; init; }
    public required string DigestInChannelLabel { get; init; }
    public required string CreateCohort { get; init; }
    public required string SaveCohort { get; init; }
    public required Func<string, string> WelcomeToCohort { get; init; }
    public required Func<string, string, string> CohortDates { get; init; }
    public required Func<string, string> CheckInRhythm { get; init; }
    public required Func<string, string> ExpertOfCohort { get; init; }
    public required Func<string, string> CohortMembers { get; init; }
    /// <summary>A cohort whose members are all still to come (invited by address).</summary>
    public required string NoMembersYet { get; init; }
    public required Func<string, string> CohortClosedNotice { get; init; }

    public required string CohortClosed { get; init; }
    public required string NoTargetsYet { get; init; }
    public required string CloseCohort { get; init; }
    public required string ObjectivesLabel { get; init; }
    public required string ChannelLabel { get; init; }
    /// <summary>People added by an address SmqBot does not know yet, on the cohort and coaching cards.</summary>
    public required Func<string, string> InvitedPeople { get; init; }
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

    public static readonly CheckInTexts French = new()
    {
        CohortClosed = "Cette cohorte est terminée : elle ne reçoit plus de bilans.",
        NoTargetsYet = "Aucune cible encore : définissez-en de 1 à 5 pour mesurer vos progrès.",
        CloseCohort = "Fermer",
        ObjectivesLabel = "Objectifs proposés (un par ligne)",
        ChannelLabel = "Canal de la cohorte",
        InvitedPeople = list => $"Personnes invitées, accueillies dès qu’elles ouvriront SmqBot : {list}",
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
        TooManyMembers = max => $"Une cohorte compte au plus {Count.Fr(max, "membre", "membres")}.",
        YourExperts = names => $"Ressource spécialisée : {names}",
        DefineTargets = "Définir mes cibles",
        CheckInTitle = subject => $"Bilan : {subject}",
        LastCheckIn = ago => $"Dernier bilan {ago}.",
        FirstCheckIn = "C’est votre premier bilan dans cette cohorte.",
        TargetLine = (indicator, latest, goal, due) => $"{indicator} · dernière valeur : {latest} · cible : {goal} d’ici le {due}",
        AppliedLabel = "Ce que vous avez appliqué sur le terrain depuis la dernière rencontre",
        YourIntention = intention => $"Après la dernière rencontre, vous comptiez appliquer : « {intention} »",
        ObstaclesLabel = "Obstacles rencontrés",
        ConfidenceLabel = "Votre confiance d’atteindre vos cibles (1 à 5)",
        SendCheckIn = "Envoyer mon bilan",
        CheckInSaved = "Bilan enregistré",
        CohortCreated = subject => $"Cohorte « {subject} » créée : ses membres et ses ressources spécialisées en sont avisés dans leur conversation avec SmqBot.",
        CheckInAlreadySaved = "Ce bilan était déjà enregistré : il compte une fois.",
        OnTrack = (onTrack, total) => total == 0 ? "Aucune cible en cours" : $"{Count.Fr(onTrack, "cible", "cibles")} sur {total} en bonne voie",
        NotInCohort = "Vous ne faites pas partie de cette cohorte.",
        CheckInsInCohort = "bilans dans cette cohorte",
        RoundNotSent = "Cette ronde de bilans n’a pas été envoyée : répondez à la carte de la dernière ronde reçue.",
        ConfidenceRequired = "Indiquez votre confiance, de 1 à 5.",
        DigestNotice = "Votre ressource spécialisée reçoit un résumé de chaque bilan de la cohorte : qui l’a fait, les progrès sur les cibles collectives et les obstacles mentionnés (avec votre nom).",
        DigestInChannelNotice = "Le résumé de chaque bilan est publié dans le canal de la cohorte, que toute l’équipe voit : qui l’a fait et les progrès sur les cibles collectives. Vos obstacles n’y figurent que si vous cochez la case ; votre ressource spécialisée les reçoit toujours en privé.",
        ShareObstaclesLabel = "Montrer mes obstacles dans le résumé publié dans le canal",
        ReminderNote = "Petit rappel : votre bilan de cette ronde n’est pas encore arrivé.",
        DigestTitle = (subject, date) => $"Résumé des bilans du {date} : {subject}",
        CheckedInCount = (done, total) => $"{Count.Fr(done, "bilan", "bilans")} sur {Count.Fr(total, "membre", "membres")}",
        Silent = names => $"Sans bilan : {names}",
        CollectiveTargets = "Cibles collectives",
        ObstaclesRaised = "Obstacles mentionnés",
        NoObstacles = "Aucun obstacle mentionné.",
        TargetsCommand = new("mes cibles", "Vos cibles, leurs progrès, et un bilan quand vous voulez."),
        TargetsTitle = "Mes cibles",
        NoCohort = "Vous ne faites partie d’aucune cohorte pour l’instant.",
        AddTarget = "Ajouter une cible",
        CheckInNow = "Faire un bilan",
        MarkAchieved = "Atteinte",
        Abandon = "Abandonner",
        StateName = state => state switch { TargetState.Achieved => "atteinte", TargetState.Abandoned => "abandonnée", _ => "en cours" },
        NewTargetTitle = "Nouvelle cible",
        EditTargetTitle = "Modifier la cible",
        WhatLabel = "Ce que vous voulez améliorer",
        IndicatorLabel = "L’indicateur qui le mesure",
        KindLabel = "Mesure",
        KindNumber = "Un nombre",
        KindScale = "Une échelle de 1 à 5",
        UnitLabel = "Unité (pour un nombre)",
        BaselineLabel = "Point de départ",
        GoalLabel = "Cible",
        DueLabel = "Échéance",
        SaveTarget = "Enregistrer la cible",
        TooManyTargets = max => $"Vous avez déjà {Count.Fr(max, "cible", "cibles")} : c’est le maximum. Marquez-en une atteinte ou abandonnée pour en ajouter une.",
        DueOutsideCohort = "L’échéance doit tomber pendant la cohorte.",
        EditTarget = "Modifier",
        CollectiveTitle = subject => $"Cibles collectives : {subject}",
        NoCollectiveTargets = "Aucune cible collective encore.",
        AddCollectiveTarget = "Ajouter une cible collective",
        ReportValue = "Mettre à jour",
        NewValueLabel = "Nouvelle valeur",
        CollectiveEditorsOnly = "Seuls le personnel de la SMQ et les ressources spécialisées de la cohorte modifient ses cibles collectives.",
        KindLocked = "Une cible qui a déjà des valeurs garde sa mesure (nombre ou échelle).",
        ProgressChartTitle = "Chemin parcouru vers chaque cible (%)",
        ProgressChartAlt = "Graphique : pour chaque cible, le pourcentage du chemin parcouru entre le point de départ et la cible, bilan après bilan.",
        CohortsCommand = new("cohortes", "Les cohortes en cours ; en créer ou en fermer une."),
        CohortsTitle = "Cohortes en cours",
        NoOpenCohort = "Aucune cohorte en cours.",
        NewCohort = "Nouvelle cohorte",
        MemberCount = n => Count.Fr(n, "membre", "membres"),
        SubjectLabel = "Sujet",
        ExpertsLabel = "Ressources spécialisées (courriels)",
        MembersLabel = "Membres (courriels)",
        PickExpertsLabel = "Ressources spécialisées choisies dans l’équipe",
        PickMembersLabel = "Membres choisis dans l’équipe",
        PeoplePlaceholder = "une adresse par ligne ou séparées par des virgules",
        EveryLabel = "Bilans",
        EveryWeeks = n => n <= 1 ? "chaque semaine" : $"toutes les {n} semaines",
        DayLabel = "Jour",
        TimeLabel = "Heure (heure de Montréal)",
        DigestInChannelLabel = "Publier le résumé des bilans dans le canal (sinon en conversation privée avec les ressources spécialisées)",
        CreateCohort = "Créer la cohorte",
        SaveCohort = "Enregistrer les changements",
        WelcomeToCohort = subject => $"Bienvenue dans la cohorte « {subject} »",
        CohortDates = (start, end) => $"Du {start} au {end}.",
        CheckInRhythm = rhythm => $"Bilans {rhythm}.",
        ExpertOfCohort = subject => $"Vous accompagnez la cohorte « {subject} »",
        CohortMembers = names => $"Membres : {names}",
        NoMembersYet = "Ses membres n’ont pas encore rejoint SmqBot : ils apparaîtront ici à leur arrivée.",
        CohortClosedNotice = subject => $"La cohorte « {subject} » est fermée.",
    };

    public static readonly CheckInTexts English = new()
    {
        CohortClosed = "This cohort has ended: it no longer takes check-ins.",
        NoTargetsYet = "No target yet: set 1 to 5 to measure your progress.",
        CloseCohort = "Close",
        ObjectivesLabel = "Proposed objectives (one per line)",
        ChannelLabel = "The cohort's channel",
        InvitedPeople = list => $"Invited, welcomed as soon as they open SmqBot: {list}",
        AppInstalledCount = n => $"App installed: {n}",
        InstallingCount = n => $"Installing: {n}",
        WelcomedCount = n => $"Welcome messages delivered: {n}",
        UnreachablePeople = list => $"Cannot be reached: {list}",
        ReachReason = code => code switch
        {
            "notInTenant" => "not in the organization",
            "blocked" => "installation blocked by a Teams policy",
            "notInCatalog" => "SmqBot missing from the organization's app catalog, see the setting Graph:AppCatalogId",
            _ => "Microsoft Graph does not answer",
        },
        EndBeforeStart = "The end must come after the start.",
        TooManyMembers = max => $"A cohort has at most {Count.En(max, "member", "members")}.",
        YourExperts = names => $"Expert: {names}",
        DefineTargets = "Set my targets",
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
        CohortCreated = subject => $"Cohort \"{subject}\" created: its members and experts are told in their chat with SmqBot.",
        CheckInAlreadySaved = "This check-in was already saved: it counts once.",
        OnTrack = (onTrack, total) => total == 0 ? "No target under way" : $"{onTrack} of {Count.En(total, "target", "targets")} on track",
        NotInCohort = "You are not a member of this cohort.",
        CheckInsInCohort = "check-ins in this cohort",
        RoundNotSent = "This check-in round has not been sent: answer the card of the latest round you received.",
        ConfidenceRequired = "Give your confidence, from 1 to 5.",
        DigestNotice = "Your cohort's expert gets a digest of each round: who checked in, progress on the collective targets, and the obstacles raised (with your name).",
        DigestInChannelNotice = "Each round's digest is posted in the cohort's channel, which the whole team sees: who checked in and progress on the collective targets. Your obstacles appear there only if you tick the box; your expert always gets them privately.",
        ShareObstaclesLabel = "Show my obstacles in the digest posted in the channel",
        ReminderNote = "A gentle reminder: your check-in for this round has not arrived yet.",
        DigestTitle = (subject, date) => $"Check-ins of {date}: {subject}",
        CheckedInCount = (done, total) => $"{done} of {Count.En(total, "member", "members")} checked in",
        Silent = names => $"No check-in: {names}",
        CollectiveTargets = "Collective targets",
        ObstaclesRaised = "Obstacles raised",
        NoObstacles = "No obstacle raised.",
        TargetsCommand = new("my targets", "Your targets, their progress, and a check-in whenever you like."),
        TargetsTitle = "My targets",
        NoCohort = "You are not in any cohort yet.",
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
        TooManyTargets = max => $"You already have {Count.En(max, "target", "targets")}, the maximum. Mark one achieved or abandoned to add another.",
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
        MemberCount = n => Count.En(n, "member", "members"),
        SubjectLabel = "Subject",
        ExpertsLabel = "Experts (e-mails)",
        MembersLabel = "Members (e-mails)",
        PickExpertsLabel = "Experts picked from the team",
        PickMembersLabel = "Members picked from the team",
        PeoplePlaceholder = "one address per line, or separated by commas",
        EveryLabel = "Check-ins",
        EveryWeeks = n => n <= 1 ? "every week" : $"every {n} weeks",
        DayLabel = "Day",
        TimeLabel = "Time (Montréal time)",
        DigestInChannelLabel = "Post the check-in digest in the channel (otherwise in a private chat with the expert)",
        CreateCohort = "Create the cohort",
        SaveCohort = "Save the changes",
        WelcomeToCohort = subject => $"Welcome to the cohort \"{subject}\"",
        CohortDates = (start, end) => $"From {start} to {end}.",
        CheckInRhythm = rhythm => $"Check-ins {rhythm}.",
        ExpertOfCohort = subject => $"You are coaching the cohort \"{subject}\"",
        CohortMembers = names => $"Members: {names}",
        NoMembersYet = "Its members have not joined SmqBot yet: they will appear here as they arrive.",
        CohortClosedNotice = subject => $"The cohort \"{subject}\" is closed.",
    };
}
