namespace SmqBot.Cards.Activities;

/// <summary>The Action.Execute verbs of this feature's cards: the contract between a card and the handler that answers it.</summary>
public static class ActivityVerbs
{
    public const string Activities = "activities.show";
    public const string Mine = "activities.mine";
    public const string Form = "activities.form";
    public const string Preview = "activities.preview";
    public const string Publish = "activities.publish";
    public const string Update = "activities.update";
    public const string Cancel = "activities.cancel";
    public const string View = "activities.view";
    public const string Register = "activities.register";
    public const string Unregister = "activities.unregister";
    public const string Registrations = "activities.registrations";
    public const string Attendance = "activities.attendance";
    public const string SaveAttendance = "activities.attendance.save";
    public const string Evaluate = "activities.evaluate";
}
