using SmqBot.Data.Documents;

namespace SmqBot.Data.Meetings;

/// <summary>Meetings, partitioned by cohort id.</summary>
public sealed class MeetingStore(IDocumentDatabase database)
{
    private readonly IDocumentContainer _meetings = database.Container(ContainerNames.Meetings);

    public async Task<Meeting?> FindAsync(string cohortId, string meetingId, CancellationToken ct = default) =>
        (await _meetings.ReadAsync<Meeting>(cohortId, meetingId, ct))?.Value;

    public async Task<bool> CreateAsync(Meeting meeting, CancellationToken ct = default) =>
        await _meetings.CreateAsync(meeting.CohortId, meeting.Id, meeting, ct) is not null;

    /// <summary>Read, change, write with the ETag read, again on a conflict: concurrent votes lose nothing.</summary>
    public async Task<Meeting> UpdateAsync(string cohortId, string meetingId, Func<Meeting, Meeting> change, CancellationToken ct = default) =>
        (await _meetings.UpdateAsync<Meeting>(cohortId, meetingId, m => change(m ?? throw new InvalidOperationException("No such meeting.")), ct)).Value;

    /// <summary>A cohort's meetings: one single-partition query.</summary>
    public IAsyncEnumerable<Meeting> OfCohortAsync(string cohortId, CancellationToken ct = default) =>
        _meetings.QueryAsync<Meeting>(DocumentQuery.InPartition(cohortId).OrderedBy("createdAt", descending: true), ct);

    /// <summary>Meetings the scheduler has something to do for: cross-partition, by the one indexed due time.</summary>
    public IAsyncEnumerable<Meeting> DueAsync(DateTimeOffset now, CancellationToken ct = default) =>
        _meetings.QueryAsync<Meeting>(DocumentQuery.AcrossPartitions().WhereAtMost("dueAt", now.ToUnixTimeMilliseconds()).Take(100), ct);
}
