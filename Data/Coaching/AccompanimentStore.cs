using SmqBot.Data.Documents;

namespace SmqBot.Data.Coaching;

/// <summary>Accompaniments, partitioned by their expert's Entra id.</summary>
public sealed class AccompanimentStore(IDocumentDatabase database)
{
    private readonly IDocumentContainer _accompaniments = database.Container(ContainerNames.Accompaniments);

    public Task<Stored<Accompaniment>?> ReadAsync(string expertAadObjectId, string id, CancellationToken ct = default) =>
        _accompaniments.ReadAsync<Accompaniment>(expertAadObjectId, id, ct);

    public async Task<bool> CreateAsync(Accompaniment accompaniment, CancellationToken ct = default) =>
        await _accompaniments.CreateAsync(accompaniment.Expert.AadObjectId, accompaniment.Id, accompaniment, ct) is not null;

    /// <summary>Writes the version read with <paramref name="etag"/>; null when it changed since.</summary>
    public Task<Stored<Accompaniment>?> ReplaceAsync(Accompaniment accompaniment, string etag, CancellationToken ct = default) =>
        _accompaniments.ReplaceAsync(accompaniment.Expert.AadObjectId, accompaniment.Id, accompaniment, etag, ct);

    public async Task<Accompaniment> UpdateAsync(string expertAadObjectId, string id, Func<Accompaniment, Accompaniment> change, CancellationToken ct = default) =>
        (await _accompaniments.UpdateAsync<Accompaniment>(expertAadObjectId, id, a => change(a ?? throw new InvalidOperationException("No such accompaniment.")), ct)).Value;

    /// <summary>An expert's accompaniments: one single-partition query.</summary>
    public IAsyncEnumerable<Accompaniment> OfExpertAsync(string expertAadObjectId, CancellationToken ct = default) =>
        _accompaniments.QueryAsync<Accompaniment>(DocumentQuery.InPartition(expertAadObjectId), ct);

    /// <summary>Every accompaniment still running: cross-partition, for staff views.</summary>
    public IAsyncEnumerable<Accompaniment> OpenAsync(CancellationToken ct = default) =>
        _accompaniments.QueryAsync<Accompaniment>(DocumentQuery.AcrossPartitions().Where("closed", false), ct);

    /// <summary>Accompaniments whose dates overlap a period (reports): cross-partition, by the start and end dates.</summary>
    public IAsyncEnumerable<Accompaniment> OverlappingAsync(DateOnly first, DateOnly last, CancellationToken ct = default) =>
        _accompaniments.QueryAsync<Accompaniment>(DocumentQuery.AcrossPartitions().WhereAtMost("start", last.ToString("yyyy-MM-dd")).WhereAtLeast("end", first.ToString("yyyy-MM-dd")), ct);
}
