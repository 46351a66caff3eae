using SmqBot.Data.Documents;

namespace SmqBot.Data.Cohorts;

/// <summary>Cohorts (partitioned by cohort id) and participations (partitioned by member).</summary>
public sealed class CohortStore(IDocumentDatabase database)
{
    private readonly IDocumentContainer _cohorts = database.Container(ContainerNames.Cohorts);
    private readonly IDocumentContainer _participations = database.Container(ContainerNames.Participations);

    public async Task<Cohort?> FindAsync(string cohortId, CancellationToken ct = default) =>
        (await _cohorts.ReadAsync<Cohort>(cohortId, cohortId, ct))?.Value;

    public Task<Stored<Cohort>?> ReadStoredAsync(string cohortId, CancellationToken ct = default) => _cohorts.ReadAsync<Cohort>(cohortId, cohortId, ct);

    /// <summary>Writes the version read with <paramref name="etag"/>; null when it changed since.</summary>
    public Task<Stored<Cohort>?> ReplaceAsync(Cohort cohort, string etag, CancellationToken ct = default) => _cohorts.ReplaceAsync(cohort.Id, cohort.Id, cohort, etag, ct);

    public async Task<bool> CreateAsync(Cohort cohort, CancellationToken ct = default) =>
        await _cohorts.CreateAsync(cohort.Id, cohort.Id, cohort, ct) is not null;

    public async Task<Cohort> UpdateAsync(string cohortId, Func<Cohort, Cohort> change, CancellationToken ct = default) =>
        (await _cohorts.UpdateAsync<Cohort>(cohortId, cohortId, c => change(c ?? throw new InvalidOperationException("No such cohort.")), ct)).Value;

    /// <summary>Cohorts still running: cross-partition, for the scheduler and staff views.</summary>
    public IAsyncEnumerable<Cohort> OpenAsync(CancellationToken ct = default) =>
        _cohorts.QueryAsync<Cohort>(DocumentQuery.AcrossPartitions().Where("closed", false), ct);

    public Task<Stored<Participation>?> ReadParticipationAsync(string cohortId, string aadObjectId, CancellationToken ct = default) =>
        _participations.ReadAsync<Participation>(aadObjectId, Participation.IdFor(cohortId, aadObjectId), ct);

    /// <summary>Writes the version read with <paramref name="etag"/>; null when it changed since.</summary>
    public Task<Stored<Participation>?> ReplaceParticipationAsync(Participation participation, string etag, CancellationToken ct = default) =>
        _participations.ReplaceAsync(participation.AadObjectId, Participation.IdFor(participation.CourseId, participation.AadObjectId), participation, etag, ct);

    public async Task<Participation> UpdateParticipationAsync(string cohortId, string aadObjectId, Func<Participation?, Participation> change, CancellationToken ct = default) =>
        (await _participations.UpdateAsync(aadObjectId, Participation.IdFor(cohortId, aadObjectId), change, ct)).Value;

    /// <summary>A member's cohorts: one single-partition query.</summary>
    public IAsyncEnumerable<Participation> ParticipationsOfAsync(string aadObjectId, CancellationToken ct = default) =>
        _participations.QueryAsync<Participation>(DocumentQuery.InPartition(aadObjectId), ct);

    /// <summary>Cohorts whose dates overlap a period, closed ones included (reports): cross-partition.</summary>
    public IAsyncEnumerable<Cohort> OverlappingAsync(DateOnly first, DateOnly last, CancellationToken ct = default) =>
        _cohorts.QueryAsync<Cohort>(DocumentQuery.AcrossPartitions().WhereAtMost("start", last.ToString("yyyy-MM-dd")).WhereAtLeast("end", first.ToString("yyyy-MM-dd")), ct);

    /// <summary>A cohort's participations (reports, dashboards): cross-partition, since participations are partitioned by member.</summary>
    public IAsyncEnumerable<Participation> ParticipationsInAsync(string cohortId, CancellationToken ct = default) =>
        _participations.QueryAsync<Participation>(DocumentQuery.AcrossPartitions().Where("courseId", cohortId), ct);
}
