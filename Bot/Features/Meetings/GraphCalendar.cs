using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Graph.Models;
using SmqBot.Bot.Features.Graph;
using SmqBot.Data;

namespace SmqBot.Bot.Features.Meetings;

/// <summary>An event as the calendar made it.</summary>
public sealed record CalendarEvent(string Id, string? JoinUrl);

/// <summary>
/// The organiser mailbox's calendar through the Graph SDK: free/busy (<c>getSchedule</c>, at most 20 people a call) and
/// the meeting's event (created with a Teams meeting and a transaction id, moved, deleted). The SDK's retry handler
/// honours Retry-After on 429 and 503. <see cref="Enabled"/> is false in local mode, and nothing here is then called.
/// </summary>
public sealed class GraphCalendar
{
    public const int SchedulesPerCall = 20;
    // Graph takes Windows time-zone names everywhere; the IANA name is converted once.
    private static readonly string WindowsZone = TimeZoneInfo.TryConvertIanaIdToWindowsId(Programme.TimeZone.Id, out var zone) ? zone : Programme.TimeZone.Id;
    private readonly GraphServiceClient? _client;

    public GraphCalendar(IOptions<GraphOptions> options, TokenCredential? credential = null)
    {
        var o = options.Value;
        Mailbox = o.OrganiserMailbox ?? "";
        if (!o.Configured) return;
        _client = o.Client(credential);
    }

    public bool Enabled => _client is not null;
    public string Mailbox { get; }
    private GraphServiceClient Client => _client ?? throw new InvalidOperationException("Microsoft Graph is not configured (local mode).");

    /// <summary>Who is busy when, between two instants; people whose calendar cannot be read come back with null busy times.</summary>
    public async Task<IReadOnlyList<Availability>> ScheduleAsync(IReadOnlyList<string> emails, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var result = new List<Availability>();
        foreach (var chunk in emails.Chunk(SchedulesPerCall))
        {
            var response = await Client.Users[Mailbox].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(new()
            {
                Schedules = [.. chunk],
                StartTime = new DateTimeTimeZone { DateTime = from.UtcDateTime.ToString("s"), TimeZone = "UTC" },
                EndTime = new DateTimeTimeZone { DateTime = to.UtcDateTime.ToString("s"), TimeZone = "UTC" },
                AvailabilityViewInterval = SlotFinder.Step,
            }, cancellationToken: ct);
            foreach (var email in chunk)
            {
                var info = response?.Value?.FirstOrDefault(s => string.Equals(s.ScheduleId, email, StringComparison.OrdinalIgnoreCase));
                result.Add(info is null || info.Error is not null
                    ? new Availability(email, null)
                    : new Availability(email, [.. (info.ScheduleItems ?? [])
                        .Where(i => i.Status is not FreeBusyStatus.Free && i.Start is not null && i.End is not null)
                        .Select(i => (Instant(i.Start!), Instant(i.End!)))]));
            }
        }
        return result;
    }

    public async Task<CalendarEvent> CreateAsync(string subject, string body, DateTimeOffset start, DateTimeOffset end, IReadOnlyList<(string Email, string Name)> attendees, string transactionId, CancellationToken ct)
    {
        var created = await Client.Users[Mailbox].Events.PostAsync(new Event
        {
            Subject = subject,
            Body = new ItemBody { ContentType = BodyType.Text, Content = body },
            Start = Local(start),
            End = Local(end),
            Attendees = [.. attendees.Select(a => new Attendee { Type = AttendeeType.Required, EmailAddress = new EmailAddress { Address = a.Email, Name = a.Name } })],
            IsOnlineMeeting = true,
            OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
            AllowNewTimeProposals = false,
            TransactionId = transactionId,
        }, cancellationToken: ct) ?? throw new InvalidOperationException("Graph created no event.");
        return new CalendarEvent(created.Id!, created.OnlineMeeting?.JoinUrl);
    }

    /// <summary>Sets the event's attendees to exactly these people (Outlook invites those added and tells those removed).</summary>
    public Task SetAttendeesAsync(string eventId, IReadOnlyList<(string Email, string Name)> attendees, CancellationToken ct) =>
        Client.Users[Mailbox].Events[eventId].PatchAsync(new Event
        {
            Attendees = [.. attendees.Select(a => new Attendee { Type = AttendeeType.Required, EmailAddress = new EmailAddress { Address = a.Email, Name = a.Name } })],
        }, cancellationToken: ct);

    /// <summary>Changes the event's subject, text and times (an activity edited).</summary>
    public Task ChangeAsync(string eventId, string subject, string body, DateTimeOffset start, DateTimeOffset end, CancellationToken ct) =>
        Client.Users[Mailbox].Events[eventId].PatchAsync(new Event
        {
            Subject = subject, Body = new ItemBody { ContentType = BodyType.Text, Content = body }, Start = Local(start), End = Local(end),
        }, cancellationToken: ct);

    /// <summary>
    /// Who attended the Teams meeting behind <paramref name="joinUrl"/>, by Entra id and by address, from every attendance
    /// report of the organiser's meeting (application permission OnlineMeetingArtifact.Read.All, under an application
    /// access policy for the organiser). Null when the meeting or its reports are not found (yet).
    /// </summary>
    public async Task<IReadOnlySet<string>?> AttendedAsync(string joinUrl, CancellationToken ct)
    {
        var meetings = await Client.Users[Mailbox].OnlineMeetings.GetAsync(r => r.QueryParameters.Filter = $"JoinWebUrl eq '{joinUrl.Replace("'", "''")}'", ct);
        if (meetings?.Value?.FirstOrDefault()?.Id is not { } meetingId) return null;
        var reports = await Client.Users[Mailbox].OnlineMeetings[meetingId].AttendanceReports.GetAsync(cancellationToken: ct);
        if (reports?.Value is not { Count: > 0 } found) return null;
        var attended = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var report in found.Where(r => r.Id is not null))
        {
            var records = await Client.Users[Mailbox].OnlineMeetings[meetingId].AttendanceReports[report.Id].AttendanceRecords.GetAsync(cancellationToken: ct);
            foreach (var record in records?.Value ?? [])
            {
                if (record.TotalAttendanceInSeconds is <= 0) continue;
                if (record.Identity?.Id is { Length: > 0 } id) attended.Add(id);
                if (record.EmailAddress is { Length: > 0 } email) attended.Add(email);
            }
        }
        return attended;
    }

    public Task MoveAsync(string eventId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct) =>
        Client.Users[Mailbox].Events[eventId].PatchAsync(new Event { Start = Local(start), End = Local(end) }, cancellationToken: ct);

    /// <summary>Deletes the event; the attendees get Outlook's cancellation. An event already gone is not an error.</summary>
    public async Task DeleteAsync(string eventId, CancellationToken ct)
    {
        try
        {
            await Client.Users[Mailbox].Events[eventId].DeleteAsync(cancellationToken: ct);
        }
        catch (Microsoft.Kiota.Abstractions.ApiException e) when (e.ResponseStatusCode == 404)
        {
            // Deleted already (by a retry, or in Outlook).
        }
    }

    private static DateTimeTimeZone Local(DateTimeOffset instant) =>
        new() { DateTime = TimeZoneInfo.ConvertTime(instant, Programme.TimeZone).DateTime.ToString("s"), TimeZone = WindowsZone };

    private static DateTimeOffset Instant(DateTimeTimeZone value)
    {
        var local = DateTime.Parse(value.DateTime!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None);
        var zone = value.TimeZone is null or "UTC" ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(value.TimeZone);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(local));
    }
}
