using System.Text.Json.Nodes;
using Azure.Core;
using WireMock.RequestBuilders;
using Request = WireMock.RequestBuilders.Request;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SmqBot.Tests.Support;

/// <summary>
/// Microsoft Graph as WireMock.Net stubs on a local port, for the real Graph SDK to talk HTTP to: getSchedule and the
/// organiser mailbox's events (POST, PATCH, DELETE). What the bot sent is read back from the server's request log.
/// </summary>
public sealed class FakeGraph : IDisposable
{
    public const string Mailbox = "programme@musees.example";
    public const string EventId = "AAMkAGI1-event-1";
    public const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_test%40thread.v2/0";
    public const string Token = "graph-test-token";

    public WireMockServer Server { get; } = WireMockServer.Start();

    public string BaseUrl => Server.Url + "/v1.0";
    private string Events => $"/v1.0/users/{Mailbox}/events";
    public string SchedulePath => $"/v1.0/users/{Mailbox}/calendar/getSchedule";

    /// <summary>The bot's settings for this Graph: configured, with a secret that the test credential makes unnecessary.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Graph:TenantId"] = Activities.TenantId, ["Graph:ClientId"] = "11111111-2222-3333-4444-555555555555", ["Graph:ClientSecret"] = "not-used-in-tests",
        ["Graph:OrganiserMailbox"] = Mailbox, ["Graph:BaseUrl"] = BaseUrl,
    };

    /// <summary>Answers getSchedule with these people's busy times (UTC); e-mails listed in <paramref name="unreadable"/> come back with an error, as guests do.</summary>
    public void Schedules(IReadOnlyDictionary<string, (DateTimeOffset Start, DateTimeOffset End)[]> busy, params string[] unreadable)
    {
        var value = new JsonArray();
        foreach (var (email, blocks) in busy)
            value.Add(new JsonObject
            {
                ["scheduleId"] = email, ["availabilityView"] = "",
                ["scheduleItems"] = new JsonArray([.. blocks.Select(b => (JsonNode)new JsonObject
                {
                    ["status"] = "busy", ["isPrivate"] = false,
                    ["start"] = new JsonObject { ["dateTime"] = b.Start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff"), ["timeZone"] = "UTC" },
                    ["end"] = new JsonObject { ["dateTime"] = b.End.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff"), ["timeZone"] = "UTC" },
                })]),
            });
        foreach (var email in unreadable)
            value.Add(new JsonObject { ["scheduleId"] = email, ["error"] = new JsonObject { ["message"] = "The user is outside your organization.", ["responseCode"] = "ErrorProxyRequestNotAllowed" } });
        Server.Given(Request.Create().WithPath(SchedulePath).UsingPost()).AtPriority(10)
            .RespondWith(Json(200, new JsonObject { ["value"] = value }));
    }

    public void EventsWork()
    {
        Server.Given(Request.Create().WithPath(Events).UsingPost()).AtPriority(10).RespondWith(Json(201, CreatedEvent()));
        Server.Given(Request.Create().WithPath($"{Events}/{EventId}").UsingPatch()).AtPriority(10).RespondWith(Json(200, CreatedEvent()));
        Server.Given(Request.Create().WithPath($"{Events}/{EventId}").UsingDelete()).AtPriority(10).RespondWith(Response.Create().WithStatusCode(204));
    }

    public const string OnlineMeetingId = "MSo1N2Y5ZGFjYy03MWJmLTQ3NDMtYjQxMy01M2EdFGkdRWHJlQ";
    public const string AttendanceReportId = "c9b6db1c-d5eb-427d-a5c0-20088d9b22d7";

    /// <summary>
    /// The organiser's online meeting behind <see cref="JoinUrl"/> (found by <c>$filter=JoinWebUrl eq '…'</c>), with one
    /// attendance report listing these people: Entra id, address, seconds present.
    /// </summary>
    public void AttendanceReport(params (string AadObjectId, string Email, int Seconds)[] records)
    {
        var meetings = $"/v1.0/users/{Mailbox}/onlineMeetings";
        Server.Given(Request.Create().WithPath(meetings).WithParam("$filter", $"JoinWebUrl eq '{JoinUrl}'").UsingGet()).AtPriority(10)
            .RespondWith(Json(200, new JsonObject { ["value"] = new JsonArray(new JsonObject { ["id"] = OnlineMeetingId, ["joinWebUrl"] = JoinUrl }) }));
        Server.Given(Request.Create().WithPath($"{meetings}/{OnlineMeetingId}/attendanceReports").UsingGet()).AtPriority(10)
            .RespondWith(Json(200, new JsonObject { ["value"] = new JsonArray(new JsonObject { ["id"] = AttendanceReportId, ["totalParticipantCount"] = records.Length }) }));
        Server.Given(Request.Create().WithPath($"{meetings}/{OnlineMeetingId}/attendanceReports/{AttendanceReportId}/attendanceRecords").UsingGet()).AtPriority(10)
            .RespondWith(Json(200, new JsonObject
            {
                ["value"] = new JsonArray([.. records.Select(r => (JsonNode)new JsonObject
                {
                    ["id"] = r.Email, ["emailAddress"] = r.Email, ["role"] = "Attendee", ["totalAttendanceInSeconds"] = r.Seconds,
                    ["identity"] = new JsonObject { ["id"] = r.AadObjectId, ["displayName"] = r.Email },
                })]),
            }));
    }

    public static JsonObject CreatedEvent() => new() { ["id"] = EventId, ["onlineMeeting"] = new JsonObject { ["joinUrl"] = JoinUrl } };

    public static IResponseBuilder Json(int status, JsonNode body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body.ToJsonString());

    public static IResponseBuilder Error(int status, string code, string message) =>
        Json(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });

    /// <summary>The requests Graph received, in order: method, path, Authorization header, JSON body.</summary>
    public IReadOnlyList<(string Method, string Path, string? Authorization, JsonObject? Body)> Received() =>
        [.. Server.LogEntries.OrderBy(e => e.RequestMessage.DateTime).Select(e => (
            e.RequestMessage.Method, e.RequestMessage.Path,
            e.RequestMessage.Headers is { } h && h.TryGetValue("Authorization", out var auth) ? auth.FirstOrDefault() : null,
            Parse(e.RequestMessage.Body ?? e.RequestMessage.BodyAsJson?.ToString())))];

    private static JsonObject? Parse(string? body) => string.IsNullOrEmpty(body) ? null : JsonNode.Parse(body) as JsonObject;

    public void Dispose() => Server.Stop();

    /// <summary>Stands in for Entra ID: a fixed app token, which the bot must send to Graph.</summary>
    public sealed class Credential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(Token, DateTimeOffset.UtcNow.AddHours(1));
        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(GetToken(requestContext, cancellationToken));
    }
}
