using SmqBot.Data.Documents;

namespace SmqBot.Data.Calls;

/// <summary>Calls and their applications, in one container partitioned by call id: a call's card and its count are one partition.</summary>
public sealed class CallStore(IDocumentDatabase database)
{
    private readonly IDocumentContainer _calls = database.Container(ContainerNames.Calls);

    private static string ApplicationId(string aadObjectId) => $"application:{aadObjectId}";

    public async Task<Call?> FindAsync(string callId, CancellationToken ct = default) => (await _calls.ReadAsync<Call>(callId, callId, ct))?.Value;

    public async Task<bool> CreateAsync(Call call, CancellationToken ct = default) => await _calls.CreateAsync(call.Id, call.Id, call, ct) is not null;

    public async Task<Call> UpdateAsync(string callId, Func<Call, Call> change, CancellationToken ct = default) =>
        (await _calls.UpdateAsync<Call>(callId, callId, c => change(c ?? throw new InvalidOperationException("No such call.")), ct)).Value;

    public async Task<Application?> ApplicationOfAsync(string callId, string aadObjectId, CancellationToken ct = default) =>
        (await _calls.ReadAsync<Application>(callId, ApplicationId(aadObjectId), ct))?.Value;

    public async Task<Application> SaveApplicationAsync(string callId, string aadObjectId, Func<Application?, Application> change, CancellationToken ct = default) =>
        (await _calls.UpdateAsync(callId, ApplicationId(aadObjectId), change, ct)).Value;

    /// <summary>The call's applications, withdrawn ones included: one single-partition query.</summary>
    public IAsyncEnumerable<Application> ApplicationsAsync(string callId, CancellationToken ct = default) =>
        _calls.QueryAsync<Application>(DocumentQuery.InPartition(callId).Where("documentType", "application"), ct);

    /// <summary>The most recent calls: cross-partition, a staff view.</summary>
    public IAsyncEnumerable<Call> RecentAsync(int count, CancellationToken ct = default) =>
        _calls.QueryAsync<Call>(DocumentQuery.AcrossPartitions().Where("documentType", "call").OrderedBy("createdAt", descending: true).Take(count), ct);
}
