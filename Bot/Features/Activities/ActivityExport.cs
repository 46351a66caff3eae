using SmqBot.Bot.Features.Routing;
using SmqBot.Cards.Common;
using SmqBot.Data.Activities;

namespace SmqBot.Bot.Features.Activities;

/// <summary>
/// An activity's registrations and waiting list as a workbook or CSV, behind a link (<see cref="Exports.ExportLinks"/>)
/// minted for one staff member: it names them, the activity and the format, and is valid 15 minutes; the download checks
/// its holder is still staff, and is in the access log (the list names people and their needs).
/// </summary>
public sealed class ActivityExport(Exports.ExportLinks links, ActivityStore activities, Callers callers, Data.Privacy.PrivacyStore privacy)
{
    public const string Route = "registrations";

    /// <param name="format"><c>xlsx</c> or <c>csv</c>.</param>
    public string LinkFor(string staffAadObjectId, string activityId, string format, Texts texts) =>
        links.Mint(Route, Coaching.StatementExport.Lifetime, staffAadObjectId, activityId, format, texts.Locale);

    /// <summary><c>GET /exports/registrations/{token}</c>: 404 for a token that is forged, altered or expired, or an activity gone; 403 when its holder is no longer staff.</summary>
    public async Task<IResult> DownloadAsync(string token, CancellationToken ct)
    {
        if (links.Read(Route, token) is not [var staff, var activityId, var format and (Exports.Spreadsheet.Format or "csv"), var locale]) return Results.NotFound();
        if (!await callers.IsStaffAsync(staff, ct)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        if (await activities.FindAsync(activityId, ct) is not { } activity) return Results.NotFound();
        await privacy.LogAsync(staff, Data.Privacy.AccessAction.Download, Data.Privacy.AccessSubject.Registrations(activityId, format), ct);

        var texts = Texts.For(locale);
        var registrations = await activities.RegistrationsAsync(activityId, ct).ToDictionaryAsync(r => r.AadObjectId, cancellationToken: ct);
        var rows = activity.Confirmed.Concat(activity.Waiting).Select(id => (Seat: activity.SeatOf(id), Registration: registrations.GetValueOrDefault(id))).Where(x => x.Registration is not null).ToList();
        var table = Exports.ExportTable.Of(texts.Exports.Sheet(Route),
            texts.Exports.Columns("Seat", "Name", "Institution", "Region", "Email", "RegisteredAt", "Needs", "Attended"),
            rows, x => [x.Seat.Confirmed ? texts.Activities.ConfirmedHeading : $"{texts.Activities.WaitingHeading} ({x.Seat.WaitingPosition})", x.Registration!.Name,
                x.Registration.Institution, x.Registration.Region, x.Registration.Email, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(x.Registration.RegisteredAt, Data.Programme.TimeZone).DateTime), x.Registration.Needs,
                x.Registration.Present is { } present ? texts.Activities.Attended(present) : null]);
        return table.Download(format, texts.Culture, $"{texts.Exports.File(Route)}-{Data.Folding.Fold(activity.Title).Replace(' ', '-')}");
    }
}
