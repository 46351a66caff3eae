using System.Globalization;

namespace SmqBot.Cards.Common;

/// <summary>A command as the help card shows it: what to type and what it does.</summary>
public sealed record CommandText(string Name, string Description);

/// <summary>
/// Every user-facing string, in French (the default) and English, composed here and written nowhere here: each feature's
/// in its own record (<see cref="CheckIns"/>, <see cref="Coaching"/>, …, in Cards/X/XTexts.cs), what every card shares in
/// <see cref="Common"/>. One instance per language; `required` makes a missing translation a compile error. Pick one with
/// <see cref="For"/> from the locale.
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
    public required SmqBot.Cards.Activities.ActivityTexts Activities { get; init; }
    public required SmqBot.Cards.Members.MemberTexts Members { get; init; }
    public required SmqBot.Cards.Reports.ReportTexts Reports { get; init; }
    public required SmqBot.Cards.Meetings.MeetingTexts Meetings { get; init; }
    public required SmqBot.Cards.Privacy.PrivacyTexts Privacy { get; init; }
    public required ExportTexts Exports { get; init; }
    public required EdgeTexts Edge { get; init; }
    public required CommonTexts Common { get; init; }
    public required SmqBot.Cards.Help.HelpTexts Help { get; init; }
    public required SmqBot.Cards.Profile.ProfileTexts Profile { get; init; }
    public required SmqBot.Cards.Installations.TeamsTexts Teams { get; init; }
    public required SmqBot.Cards.Outbox.DeliveryTexts Deliveries { get; init; }

    public static readonly Texts French = new()
    {
        CheckIns = SmqBot.Cards.CheckIns.CheckInTexts.French,
        Coaching = SmqBot.Cards.Coaching.CoachingTexts.French,
        Calls = SmqBot.Cards.Calls.CallTexts.French,
        Activities = SmqBot.Cards.Activities.ActivityTexts.French,
        Members = SmqBot.Cards.Members.MemberTexts.French,
        Reports = SmqBot.Cards.Reports.ReportTexts.French,
        Meetings = SmqBot.Cards.Meetings.MeetingTexts.French,
        Privacy = SmqBot.Cards.Privacy.PrivacyTexts.French,
        Exports = ExportTexts.French,
        Edge = EdgeTexts.French,
        Common = CommonTexts.French,
        Help = SmqBot.Cards.Help.HelpTexts.French,
        Profile = SmqBot.Cards.Profile.ProfileTexts.French,
        Teams = SmqBot.Cards.Installations.TeamsTexts.French,
        Deliveries = SmqBot.Cards.Outbox.DeliveryTexts.French,
        Culture = Humanize.FrenchCulture,
        Locale = "fr-CA",
        Forms = SmqBot.Cards.Forms.FormTexts.French,
        Confirm = ConfirmTexts.French,
    };

    public static readonly Texts English = new()
    {
        CheckIns = SmqBot.Cards.CheckIns.CheckInTexts.English,
        Coaching = SmqBot.Cards.Coaching.CoachingTexts.English,
        Calls = SmqBot.Cards.Calls.CallTexts.English,
        Activities = SmqBot.Cards.Activities.ActivityTexts.English,
        Members = SmqBot.Cards.Members.MemberTexts.English,
        Reports = SmqBot.Cards.Reports.ReportTexts.English,
        Meetings = SmqBot.Cards.Meetings.MeetingTexts.English,
        Privacy = SmqBot.Cards.Privacy.PrivacyTexts.English,
        Exports = ExportTexts.English,
        Edge = EdgeTexts.English,
        Common = CommonTexts.English,
        Help = SmqBot.Cards.Help.HelpTexts.English,
        Profile = SmqBot.Cards.Profile.ProfileTexts.English,
        Teams = SmqBot.Cards.Installations.TeamsTexts.English,
        Deliveries = SmqBot.Cards.Outbox.DeliveryTexts.English,
        Culture = Humanize.EnglishCulture,
        Locale = "en-US",
        Forms = SmqBot.Cards.Forms.FormTexts.English,
        Confirm = ConfirmTexts.English,
    };

    /// <summary>English for an English locale (en, en-US, en-CA…), French otherwise: French is the programme's first language.</summary>
    public static Texts For(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : French;
}
