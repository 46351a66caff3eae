using SmqBot.Cards.Model;
using SmqBot.Data.Calls;

namespace SmqBot.Cards.Calls;

/// <summary>Opens the call form: a new call, a draft to change (<see cref="Nonce"/>), or a posted call to edit (<see cref="Call"/>).</summary>
public sealed record OpenCallForm(string? Call, string? Nonce) : ICardAction<OpenCallForm> { public static string Verb => CallVerbs.CallForm; }

/// <summary>Previews the call form as the channel will see it; the nonce is the draft's (the same form previewed again replaces it).</summary>
public sealed record PreviewCall(string Nonce) : ICardAction<PreviewCall> { public static string Verb => CallVerbs.CallPreview; }

/// <summary>Posts a previewed call to its channel.</summary>
public sealed record PostCall(string Call) : ICardAction<PostCall> { public static string Verb => CallVerbs.CallPost; }

/// <summary>
/// Saves the form of a posted call. <see cref="Kind"/> and <see cref="Channel"/> fill the form's fields that this card does not
/// show (the handler keeps the call's own whatever comes back).
/// </summary>
public sealed record UpdateCall(string Call, CallKind Kind, [FreeText(300)] string Channel) : ICardAction<UpdateCall> { public static string Verb => CallVerbs.CallUpdate; }

/// <summary>The reader's own view of a posted call (its card's refresh).</summary>
public sealed record ShowCall(string Call) : ICardAction<ShowCall> { public static string Verb => CallVerbs.CallView; }

/// <summary>Opens the application form of a call (a new application, or one's own to change).</summary>
public sealed record ApplyToCall(string Call) : ICardAction<ApplyToCall> { public static string Verb => CallVerbs.CallApply; }

/// <summary>Sends the application form.</summary>
public sealed record SubmitApplication(string Call) : ICardAction<SubmitApplication> { public static string Verb => CallVerbs.CallSubmit; }

/// <summary>Withdraws one's application (asks first).</summary>
public sealed record WithdrawApplication(string Call) : ICardAction<WithdrawApplication> { public static string Verb => CallVerbs.CallWithdraw; }

/// <summary>Closes a posted call before its deadline (asks first).</summary>
public sealed record CloseCall(string Call) : ICardAction<CloseCall> { public static string Verb => CallVerbs.CallClose; }

/// <summary>The applications of a call, all or by status.</summary>
public sealed record ReviewApplications(string Call, ApplicationStatus? Filter) : ICardAction<ReviewApplications> { public static string Verb => CallVerbs.CallReview; }

/// <summary>One application, for staff to decide.</summary>
public sealed record ShowApplication(string Call, string Person) : ICardAction<ShowApplication> { public static string Verb => CallVerbs.CallApplication; }

/// <summary>A decision on an application, with the message staff typed (checked for length by the handler, to say so).</summary>
public interface IApplicationDecision
{
    string Call { get; }
    string Person { get; }
    string? Message { get; }
}

/// <summary>
/// Selects an application and places the applicant: in <see cref="Cohort"/> (cohort calls), or in an accompaniment with
/// <see cref="Expert"/> and the terms typed on the card (coaching calls). The inputs' ids are these properties' keys.
/// </summary>
public sealed record SelectApplication(string Call, string Person, [FreeText(SelectApplication.MaxInput)] string? Message, [FreeText(SelectApplication.MaxInput)] string? Cohort,
    [FreeText(SelectApplication.MaxInput)] string? Expert) : ICardAction<SelectApplication>, IApplicationDecision
{
    public static string Verb => CallVerbs.CallSelect;
    /// <summary>What the binder lets through; the handler refuses, in words, what is past the inputs' own limits.</summary>
    public const int MaxInput = 100_000;
    public const string MessageInput = "message";
    public const string CohortInput = "cohort";
    public const string ExpertInput = "expert";
}

/// <summary>Declines an application (asks first), with the message staff typed.</summary>
public sealed record DeclineApplication(string Call, string Person, [FreeText(SelectApplication.MaxInput)] string? Message) : ICardAction<DeclineApplication>, IApplicationDecision
{
    public static string Verb => CallVerbs.CallDecline;
}
