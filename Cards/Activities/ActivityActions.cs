using SmqBot.Cards.Model;
using SmqBot.Data.Activities;

namespace SmqBot.Cards.Activities;

/// <summary>Opens the activity form: a new activity, a draft to change (<see cref="Nonce"/>), or a published one to edit (<see cref="Activity"/>).</summary>
public sealed record OpenActivityForm(string? Activity, string? Nonce) : ICardAction<OpenActivityForm> { public static string Verb => ActivityVerbs.Form; }

/// <summary>Previews the form as people will see it; the nonce is the draft's (the same form previewed again replaces it).</summary>
public sealed record PreviewActivity(string Nonce) : ICardAction<PreviewActivity> { public static string Verb => ActivityVerbs.Preview; }

/// <summary>Publishes a previewed activity: to its channel and to the people it invites.</summary>
public sealed record PublishActivity(string Activity) : ICardAction<PublishActivity> { public static string Verb => ActivityVerbs.Publish; }

/// <summary>Saves the form of a published activity (its channel and audience stay as published).</summary>
public sealed record UpdateActivity(string Activity) : ICardAction<UpdateActivity> { public static string Verb => ActivityVerbs.Update; }

/// <summary>Cancels an activity (asks first): registrants are told.</summary>
public sealed record CancelActivity(string Activity) : ICardAction<CancelActivity> { public static string Verb => ActivityVerbs.Cancel; }

/// <summary>The reader's own view of an activity (its card's refresh, and `mes activités`).</summary>
public sealed record ShowActivity(string Activity) : ICardAction<ShowActivity> { public static string Verb => ActivityVerbs.View; }

/// <summary>Registers the caller, in one click; the particular needs are the card's optional input.</summary>
public sealed record RegisterToActivity(string Activity, [FreeText(Registration.MaxNeeds * 4)] string? Needs) : ICardAction<RegisterToActivity>
{
    public static string Verb => ActivityVerbs.Register;
    public const string NeedsInput = "needs";
}

/// <summary>Cancels the caller's own registration (asks first).</summary>
public sealed record CancelRegistration(string Activity) : ICardAction<CancelRegistration> { public static string Verb => ActivityVerbs.Unregister; }

/// <summary>For staff: who is registered and who waits, with the exports.</summary>
public sealed record ShowRegistrations(string Activity) : ICardAction<ShowRegistrations> { public static string Verb => ActivityVerbs.Registrations; }

/// <summary>For staff, after the end: the attendance to check and save.</summary>
public sealed record OpenAttendance(string Activity) : ICardAction<OpenAttendance> { public static string Verb => ActivityVerbs.Attendance; }

/// <summary>Saves the attendance: one toggle per confirmed person (the form's inputs).</summary>
public sealed record SaveAttendance(string Activity) : ICardAction<SaveAttendance> { public static string Verb => ActivityVerbs.SaveAttendance; }

/// <summary>Sends one's evaluation of an activity one attended.</summary>
public sealed record EvaluateActivity(string Activity) : ICardAction<EvaluateActivity> { public static string Verb => ActivityVerbs.Evaluate; }
