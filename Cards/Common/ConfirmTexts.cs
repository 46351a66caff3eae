namespace SmqBot.Cards.Common;

/// <summary>What a destructive action asks before it acts, and says once done. Part of <see cref="Texts"/>.</summary>
public sealed record ConfirmTexts
{
    public required string Cancel { get; init; }
    public required string NothingChanged { get; init; }
    public required Confirmation CloseCohort { get; init; }
    public required Confirmation CloseAccompaniment { get; init; }
    public required Confirmation DeleteEntry { get; init; }
    public required Confirmation AbandonTarget { get; init; }
    public required Confirmation WithdrawApplication { get; init; }
    public required Confirmation CancelMeeting { get; init; }
    public required Confirmation DeclineApplication { get; init; }
    public required Confirmation CloseCall { get; init; }
    public required Confirmation CancelActivity { get; init; }
    public required Confirmation CancelRegistration { get; init; }

    public static readonly ConfirmTexts French = new()
    {
        Cancel = "Non, annuler",
        NothingChanged = "Rien n’a été changé.",
        CloseCohort = new("Fermer cette cohorte ? Les bilans s’arrêteront pour ses membres ; son historique est conservé.", "Oui, fermer la cohorte", "Cohorte fermée : les bilans sont arrêtés."),
        CloseAccompaniment = new("Fermer cet accompagnement ? La personne accompagnée recevra l’évaluation de fin de parcours.", "Oui, fermer l’accompagnement", "Accompagnement fermé ; l’évaluation a été envoyée à la personne accompagnée."),
        DeleteEntry = new("Supprimer cette entrée d’heures ?", "Oui, supprimer", "Entrée supprimée."),
        AbandonTarget = new("Abandonner cette cible ? Elle restera dans votre historique.", "Oui, abandonner", "Cible abandonnée."),
        WithdrawApplication = new("Retirer votre candidature ? Vous pourrez en envoyer une autre jusqu’à la date limite.", "Oui, retirer", "Candidature retirée."),
        CancelMeeting = new("Annuler cette rencontre ? Tous les participants seront avisés.", "Oui, annuler la rencontre", "Rencontre annulée ; les participants sont avisés."),
        CloseCall = new("Fermer cet appel maintenant ? Il ne recevra plus de candidatures ; celles reçues restent à examiner.", "Oui, fermer l’appel", "Appel fermé : il ne reçoit plus de candidatures."),
        CancelActivity = new("Annuler cette activité ? Les personnes inscrites seront avisées dans leur conversation.", "Oui, annuler l’activité", "Activité annulée ; les personnes inscrites sont avisées."),
        CancelRegistration = new("Annuler votre inscription ? Votre place ira à la première personne en attente.", "Oui, annuler mon inscription", "Inscription annulée."),
        DeclineApplication = new("Refuser cette candidature ? La personne en sera avisée, avec votre message s’il y en a un.", "Oui, refuser", "Candidature refusée ; la personne est avisée."),
    };

    public static readonly ConfirmTexts English = new()
    {
        Cancel = "No, cancel",
        NothingChanged = "Nothing was changed.",
        CloseCohort = new("Close this cohort? Check-ins will stop for its members; its history is kept.", "Yes, close the cohort", "Cohort closed: check-ins have stopped."),
        CloseAccompaniment = new("Close this accompaniment? The coached person will get the end-of-course evaluation.", "Yes, close the accompaniment", "Accompaniment closed; the evaluation was sent to the coached person."),
        DeleteEntry = new("Delete this hour entry?", "Yes, delete", "Entry deleted."),
        AbandonTarget = new("Abandon this target? It stays in your history.", "Yes, abandon", "Target abandoned."),
        WithdrawApplication = new("Withdraw your application? You can send another until the deadline.", "Yes, withdraw", "Application withdrawn."),
        CancelMeeting = new("Cancel this meeting? Everyone invited will be told.", "Yes, cancel the meeting", "Meeting cancelled; everyone was told."),
        CancelActivity = new("Cancel this activity? The people registered will be told in their chat.", "Yes, cancel the activity", "Activity cancelled; the people registered were told."),
        CancelRegistration = new("Cancel your registration? Your place will go to the first person waiting.", "Yes, cancel my registration", "Registration cancelled."),
        CloseCall = new("Close this call now? It will take no more applications; those received stay to review.", "Yes, close the call", "Call closed: it takes no more applications."),
        DeclineApplication = new("Decline this application? The person will be told, with your message if you wrote one.", "Yes, decline", "Application declined; the person was told."),
    };
}

/// <param name="Question">What the card asks before acting.</param>
/// <param name="Yes">The button that acts.</param>
/// <param name="Done">What the answer says once it has acted.</param>
public sealed record Confirmation(string Question, string Yes, string Done);
