using System.Globalization;
using SmqBot.Data.Calls;
using SmqBot.Data.Coaching;
using SmqBot.Data.Cohorts;
using SmqBot.Data.People;
using SmqBot.Cards.Common;

namespace SmqBot.Cards.Reports;

/// <summary>The texts of this feature's cards, in French and English: part of <see cref="Texts"/> (a missing translation does not compile).</summary>
public sealed record ReportTexts
{
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
    public required string ImpactSection { get; init; }
    public required string PlanSection { get; init; }
    public required CommandText PublishedCommand { get; init; }
    public required Func<int, string> PublishedTitle { get; init; }
    public required string PublishedNote { get; init; }
    public required string CalendarYearLabel { get; init; }
    public required string PublishedHtml { get; init; }
    public required string PublishedText { get; init; }
    public required string NotACalendarYear { get; init; }
    public required Func<string, string> PlanTitle { get; init; }
    public required string PlanInstitutionsLabel { get; init; }
    public required string PlanHoursLabel { get; init; }
    public required string PlanCohortsLabel { get; init; }
    /// <summary>The plan's facts on the report, short enough for a fact's title column: institutions, hours, cohorts.</summary>
    public required (string Institutions, string Hours, string Cohorts) PlanFacts { get; init; }
    public required string NoPlan { get; init; }
    public required string SetPlan { get; init; }
    public required string EditPlan { get; init; }
    public required string SavePlan { get; init; }
    public required string PlanSaved { get; init; }
    public required Func<int, int, string> PlanInstitutions { get; init; }
    public required Func<string, string, string> PlanHours { get; init; }
    public required Func<int, int, string> PlanCohorts { get; init; }
    /// <summary>After the coaching headline: "objectif : 8 institutions".</summary>
    public required Func<int, string> InstitutionsGoal { get; init; }
    /// <summary>The dashboard's first line: the current year against its plan ("Plan 2026-2027 : …"), or that it has none.</summary>
    public required Func<string, string, string, string, string> PlanLine { get; init; }
    public required Func<string, string> NoPlanFor { get; init; }
    public required string ImpactCohorts { get; init; }
    public required string ImpactAccompaniments { get; init; }
    public required string TargetsSetLabel { get; init; }
    public required string TargetsMeasuredLabel { get; init; }
    public required string TargetsInProgressLabel { get; init; }
    public required string TargetsReachedLabel { get; init; }
    public required string MedianProgressLabel { get; init; }
    public required string NotMeasured { get; init; }
    public required string FieldLabel { get; init; }
    public required Func<int, int, string> FieldApplications { get; init; }
    public required Func<string, string, string, string> ExpertHoursLine { get; init; }
    public required string AccompanimentsOfTheYear { get; init; }
    public required Func<bool, string> AccompanimentState { get; init; }
    public required string NothingThisYear { get; init; }
    public required string HoursByAxisChart { get; init; }
    public required string NoDataYet { get; init; }
    public required Func<string, string> CoachingTargetLabel { get; init; }
    public required string CohortTargetsPendingLabel { get; init; }
    public required string CohortTargetsAchievedLabel { get; init; }
    public required string TargetsChart { get; init; }
    public required Func<string, string> CsvLink { get; init; }
    public required string WorkbookLink { get; init; }
    public required Func<string, string> TableName { get; init; }
    public required string DashboardTitle { get; init; }
    public required string NearBudgetSection { get; init; }
    public required string PendingHoursSection { get; init; }
    public required string SilentSection { get; init; }
    /// <summary>People added to the programme whom SmqBot has not reached yet (invited, or unreachable and why).</summary>
    public required string NotReachedSection { get; init; }
    public required Func<string, string, string> NotReachedInvited { get; init; }
    public required Func<string, string, string, string> NotReachedBecause { get; init; }
    public required string ClosingCallsSection { get; init; }
    public required string UndatedMeetingsSection { get; init; }
    public required string NothingToFlag { get; init; }
    public required Func<string, string, string> BudgetShare { get; init; }
    public required Func<string, string, string> PendingEntry { get; init; }
    public required string Open { get; init; }

    public static readonly ReportTexts French = new()
    {
        ReportCommand = new("rapport", "Le rapport d’une année financière pour le Ministère : accompagnements, cohortes, heures, résultats."),
        DashboardCommand = new("tableau de bord", "Ce qui demande votre attention maintenant."),
        ReportTitle = year => $"Rapport {year}",
        FiscalYearLabel = "Année financière",
        ShowReport = "Afficher",
        NotAFiscalYear = "Donnez une année financière comme 2025-2026.",
        CoachingSection = "Accompagnements individualisés",
        InstitutionsForAccompaniments = (institutions, accompaniments) =>
            $"{Count.Fr(institutions, "institution muséale", "institutions muséales")} pour {Count.Fr(accompaniments, "accompagnement", "accompagnements")}",
        HoursDeliveredLabel = "Heures réalisées",
        DeliveredOfBudgeted = (delivered, budgeted) => $"{delivered} sur {budgeted} prévues",
        EvaluationsLabel = "Évaluations reçues",
        EvaluationsSummary = (count, satisfaction, recommend) => count == 0 ? "aucune"
            : $"{count} · satisfaction moyenne {satisfaction!.Value.ToString("0.0", CultureInfo.GetCultureInfo("fr-CA"))} / 5 · {recommend} % recommanderaient",
        EvaluatedTargetsLabel = "Cibles (évaluations)",
        OutcomesSummary = (achieved, partly, not) => $"atteintes : {achieved} · en partie : {partly} · non atteintes : {not}",
        ByAxisLabel = "Par axe",
        ByRegionLabel = "Par région",
        CountAndHours = (count, hours) => $"{Count.Fr(count, "accompagnement", "accompagnements")} · {hours}",
        UnknownRegion = "Région non précisée",
        CohortsSection = "Cohortes de codéveloppement",
        CohortsHeadline = (cohorts, participants, institutions) =>
            $"{Count.Fr(cohorts, "cohorte", "cohortes")}, {Count.Fr(participants, "participante ou participant", "participantes et participants")}"
            // Nobody gave their museum (in `profil`): say so rather than "de 0 institution".
            + (institutions == 0 && participants > 0 ? (participants == 1 ? " (institution non indiquée)" : " (institutions non indiquées)") : $" de {Count.Fr(institutions, "institution", "institutions")}"),
        MeetingsHeldLabel = "Rencontres tenues",
        CheckInRateLabel = "Participation aux bilans",
        Rate = (part, total) => total == 0 ? "aucun bilan demandé" : $"{Math.Round(100.0 * part / total)} % ({part} sur {total})",
        TargetsAchievedLabel = "Cibles atteintes",
        OutOf = (part, total) => $"{part} sur {total}",
        CohortLineSummary = (members, meetings, rate) => $"membres : {members} · rencontres tenues : {meetings} · bilans : {rate}",
        ExpertsSection = "Ressources spécialisées",
        ImpactSection = "Amélioration mesurée",
        PlanSection = "Plan de l’année",
        PublishedCommand = new("liste publiée", "La liste des cohortes et des accompagnements d’une année, à publier sur le site de la SMQ (personnel)."),
        PublishedTitle = year => $"Liste publiée : {year}",
        PublishedNote = "En français, comme sur la page du programme : les institutions et les ressources, jamais le nom d’une personne participante.",
        CalendarYearLabel = "Année",
        PublishedHtml = "HTML",
        PublishedText = "Texte",
        NotACalendarYear = "Donnez une année de 2020 à aujourd’hui, comme 2026.",
        PlanTitle = year => $"Plan de l’exercice {year}",
        PlanInstitutionsLabel = "Institutions muséales à accompagner",
        PlanHoursLabel = "Enveloppe d’heures d’accompagnement",
        PlanCohortsLabel = "Cohortes prévues",
        PlanFacts = ("Institutions", "Heures", "Cohortes"),
        NoPlan = "Aucun plan pour cet exercice.",
        SetPlan = "Fixer le plan",
        EditPlan = "Modifier le plan",
        SavePlan = "Enregistrer le plan",
        PlanSaved = "Plan enregistré.",
        PlanInstitutions = (done, planned) => $"{done} sur {Count.Fr(planned, "prévue", "prévues")}",
        PlanHours = (done, planned) => $"{done} sur {planned} prévues",
        PlanCohorts = (done, planned) => $"{done} sur {Count.Fr(planned, "prévue", "prévues")}",
        PlanLine = (year, institutions, hours, cohorts) => $"Plan {year} : institutions {institutions} · heures {hours} · cohortes {cohorts}",
        NoPlanFor = year => $"Aucun plan pour {year} : fixez-le depuis « rapport ».",
        InstitutionsGoal = goal => $"objectif : {Count.Fr(goal, "institution", "institutions")}",
        ImpactCohorts = "Dans les cohortes",
        ImpactAccompaniments = "Dans les accompagnements",
        TargetsSetLabel = "Cibles fixées",
        TargetsMeasuredLabel = "Cibles mesurées",
        TargetsInProgressLabel = "En progrès",
        TargetsReachedLabel = "Atteintes",
        MedianProgressLabel = "Progression médiane",
        NotMeasured = "aucune cible mesurée",
        FieldLabel = "Sur le terrain",
        FieldApplications = (checkIns, intentions) => $"{Count.Fr(checkIns, "bilan dit", "bilans disent")} ce qui a été appliqué · {Count.Fr(intentions, "intention", "intentions")} après les rencontres",
        ExpertHoursLine = (total, coaching, cohorts) => $"{total} (accompagnements {coaching}, cohortes {cohorts})",
        AccompanimentsOfTheYear = "Accompagnements de l’année",
        AccompanimentState = closed => closed ? "terminé" : "en cours",
        NothingThisYear = "Rien cette année.",
        HoursByAxisChart = "Heures réalisées par axe",
        NoDataYet = "Pas encore de données pour cette année.",
        CoachingTargetLabel = outcome => $"Cibles d’accompagnement : {outcome.ToLowerInvariant()}",
        CohortTargetsPendingLabel = "Cibles de cohorte pas encore atteintes",
        CohortTargetsAchievedLabel = "Cibles de cohorte atteintes",
        TargetsChart = "Cibles : où en sont-elles ?",
        CsvLink = table => $"CSV : {table}",
        WorkbookLink = "Classeur Excel : toutes les tables",
        TableName = table => table switch { "accompaniments" => "accompagnements", "cohorts" => "cohortes", "experts" => "ressources", "regions" => "régions", "activities" => "activités", "targets" => "cibles", _ => table },
        DashboardTitle = "Tableau de bord",
        NearBudgetSection = "Accompagnements près du budget ou au-delà",
        PendingHoursSection = "Heures en attente d’approbation",
        SilentSection = "Silencieux depuis deux bilans",
        NotReachedSection = "Pas encore joints",
        NotReachedInvited = (who, what) => $"{who} — {what} : invitation en attente de sa première visite",
        NotReachedBecause = (who, what, why) => $"{who} — {what} : {why}",
        ClosingCallsSection = "Appels qui se terminent bientôt",
        UndatedMeetingsSection = "Rencontres sans date",
        NothingToFlag = "Rien à signaler.",
        BudgetShare = (used, budget) => $"{used} sur {budget}",
        PendingEntry = (hours, date) => $"{hours} le {date}",
        Open = "Ouvrir",
    };

    public static readonly ReportTexts English = new()
    {
        ReportCommand = new("report", "A fiscal year's report for the Ministry: coaching, cohorts, hours, results."),
        DashboardCommand = new("dashboard", "What needs your attention now."),
        ReportTitle = year => $"Report {year}",
        FiscalYearLabel = "Fiscal year",
        ShowReport = "Show",
        NotAFiscalYear = "Give a fiscal year such as 2025-2026.",
        CoachingSection = "Individual coaching",
        InstitutionsForAccompaniments = (institutions, accompaniments) =>
            $"{Count.En(institutions, "museum institution", "museum institutions")} for {Count.En(accompaniments, "accompaniment", "accompaniments")}",
        HoursDeliveredLabel = "Hours delivered",
        DeliveredOfBudgeted = (delivered, budgeted) => $"{delivered} of {budgeted} budgeted",
        EvaluationsLabel = "Evaluations received",
        EvaluationsSummary = (count, satisfaction, recommend) => count == 0 ? "none"
            : $"{count} · average satisfaction {satisfaction!.Value.ToString("0.0", CultureInfo.InvariantCulture)} / 5 · {recommend}% would recommend",
        EvaluatedTargetsLabel = "Targets (evaluations)",
        OutcomesSummary = (achieved, partly, not) => $"achieved: {achieved} · partly: {partly} · not achieved: {not}",
        ByAxisLabel = "By axis",
        ByRegionLabel = "By region",
        CountAndHours = (count, hours) => $"{Count.En(count, "accompaniment", "accompaniments")} · {hours}",
        UnknownRegion = "Region not given",
        CohortsSection = "Codevelopment cohorts",
        CohortsHeadline = (cohorts, participants, institutions) =>
            $"{Count.En(cohorts, "cohort", "cohorts")}, {Count.En(participants, "participant", "participants")}"
            + (institutions == 0 && participants > 0 ? (participants == 1 ? " (institution not given)" : " (institutions not given)") : $" from {Count.En(institutions, "institution", "institutions")}"),
        MeetingsHeldLabel = "Meetings held",
        CheckInRateLabel = "Check-in participation",
        Rate = (part, total) => total == 0 ? "no check-in asked" : $"{Math.Round(100.0 * part / total)}% ({part} of {total})",
        TargetsAchievedLabel = "Targets achieved",
        OutOf = (part, total) => $"{part} of {total}",
        CohortLineSummary = (members, meetings, rate) => $"members: {members} · meetings held: {meetings} · check-ins: {rate}",
        ExpertsSection = "Experts",
        ImpactSection = "Measured improvement",
        PlanSection = "The year's plan",
        PublishedCommand = new("published list", "A year's cohorts and accompaniments, to publish on SMQ's site (staff)."),
        PublishedTitle = year => $"Published list: {year}",
        PublishedNote = "In French, as on the program's page: institutions and experts, never a participant's name.",
        CalendarYearLabel = "Year",
        PublishedHtml = "HTML",
        PublishedText = "Text",
        NotACalendarYear = "Give a year from 2020 to now, such as 2026.",
        PlanTitle = year => $"Plan for {year}",
        PlanInstitutionsLabel = "Museum institutions to coach",
        PlanHoursLabel = "Envelope of coaching hours",
        PlanCohortsLabel = "Cohorts planned",
        PlanFacts = ("Institutions", "Hours", "Cohorts"),
        NoPlan = "No plan for this fiscal year.",
        SetPlan = "Set the plan",
        EditPlan = "Edit the plan",
        SavePlan = "Save the plan",
        PlanSaved = "Plan saved.",
        PlanInstitutions = (done, planned) => $"{done} of {planned} planned",
        PlanHours = (done, planned) => $"{done} of {planned} planned",
        PlanCohorts = (done, planned) => $"{done} of {planned} planned",
        PlanLine = (year, institutions, hours, cohorts) => $"Plan {year}: institutions {institutions} · hours {hours} · cohorts {cohorts}",
        NoPlanFor = year => $"No plan for {year}: set it from “report”.",
        InstitutionsGoal = goal => $"goal: {Count.En(goal, "institution", "institutions")}",
        ImpactCohorts = "In cohorts",
        ImpactAccompaniments = "In accompaniments",
        TargetsSetLabel = "Targets set",
        TargetsMeasuredLabel = "Targets measured",
        TargetsInProgressLabel = "In progress",
        TargetsReachedLabel = "Reached",
        MedianProgressLabel = "Median progress",
        NotMeasured = "no target measured",
        FieldLabel = "In the field",
        FieldApplications = (checkIns, intentions) => $"{Count.En(checkIns, "check-in says", "check-ins say")} what was applied · {Count.En(intentions, "intention", "intentions")} after meetings",
        ExpertHoursLine = (total, coaching, cohorts) => $"{total} (coaching {coaching}, cohorts {cohorts})",
        AccompanimentsOfTheYear = "The year's accompaniments",
        AccompanimentState = closed => closed ? "ended" : "under way",
        NothingThisYear = "Nothing this year.",
        HoursByAxisChart = "Hours delivered by axis",
        NoDataYet = "No data for this year yet.",
        CoachingTargetLabel = outcome => $"Coaching targets: {outcome.ToLowerInvariant()}",
        CohortTargetsPendingLabel = "Cohort targets not yet achieved",
        CohortTargetsAchievedLabel = "Cohort targets achieved",
        TargetsChart = "Targets: where do they stand?",
        CsvLink = table => $"CSV: {table}",
        WorkbookLink = "Excel workbook: every table",
        TableName = table => table switch { "accompaniments" => "accompaniments", "cohorts" => "cohorts", "experts" => "experts", "targets" => "targets", _ => table },
        DashboardTitle = "Dashboard",
        NearBudgetSection = "Accompaniments near or over budget",
        PendingHoursSection = "Hours awaiting approval",
        SilentSection = "Silent for two check-ins",
        NotReachedSection = "Not reached yet",
        NotReachedInvited = (who, what) => $"{who} — {what}: invited, not here yet",
        NotReachedBecause = (who, what, why) => $"{who} — {what}: {why}",
        ClosingCallsSection = "Calls closing soon",
        UndatedMeetingsSection = "Meetings without a date",
        NothingToFlag = "Nothing to flag.",
        BudgetShare = (used, budget) => $"{used} of {budget}",
        PendingEntry = (hours, date) => $"{hours} on {date}",
        Open = "Open",
    };
}
