using SmqBot.Data.Documents;

namespace SmqBot.Data.Activities;

/// <summary>Activities and their registrations, in one container partitioned by activity id: an activity's seats and its people are one partition.</summary>
public sealed class ActivityStore(IDocumentDatabase database)
{
    private readonly IDocumentContainer _activities = database.Container(ContainerNames.Activities);

    public static string RegistrationId(string aadObjectId) => $"registration:{aadObjectId}";

    public async Task<Activity?> FindAsync(string activityId, CancellationToken ct = default) => (await _activities.ReadAsync<Activity>(activityId, activityId, ct))?.Value;

    public async Task<bool> CreateAsync(Activity activity, CancellationToken ct = default) => await _activities.CreateAsync(activity.Id, activity.Id, activity, ct) is not null;

    /// <summary>Read, change, write with the ETag read, again on a conflict: the seats of concurrent registrations add up exactly.</summary>
    public async Task<Activity> UpdateAsync(string activityId, Func<Activity, Activity> change, CancellationToken ct = default) =>
        (await _activities.UpdateAsync<Activity>(activityId, activityId, a => change(a ?? throw new InvalidOperationException("No such activity.")), ct)).Value;

    public async Task<Registration?> RegistrationOfAsync(string activityId, string aadObjectId, CancellationToken ct = default) =>
        (await _activities.ReadAsync<Registration>(activityId, RegistrationId(aadObjectId), ct))?.Value;

    public async Task<Registration> SaveRegistrationAsync(string activityId, string aadObjectId, Func<Registration?, Registration> change, CancellationToken ct = default) =>
        (await _activities.UpdateAsync(activityId, RegistrationId(aadObjectId), change, ct)).Value;

    /// <summary>The activity's registrations, cancelled ones included: one single-partition query.</summary>
    public IAsyncEnumerable<Registration> RegistrationsAsync(string activityId, CancellationToken ct = default) =>
        _activities.QueryAsync<Registration>(DocumentQuery.InPartition(activityId).Where("documentType", "registration"), ct);

    /// <summary>One person's registrations (cross-partition, on the indexed id): their `mes activités`.</summary>
    public IAsyncEnumerable<Registration> OfPersonAsync(string aadObjectId, CancellationToken ct = default) =>
        _activities.QueryAsync<Registration>(DocumentQuery.AcrossPartitions().Where("documentType", "registration").Where("aadObjectId", aadObjectId), ct);

    /// <summary>The most recent activities: cross-partition, a staff view.</summary>
    public IAsyncEnumerable<Activity> RecentAsync(int count, CancellationToken ct = default) =>
        _activities.QueryAsync<Activity>(DocumentQuery.AcrossPartitions().Where("documentType", "activity").OrderedBy("createdAt", descending: true).Take(count), ct);

    /// <summary>Every activity (the report's: a few dozen a year).</summary>
    public IAsyncEnumerable<Activity> AllAsync(CancellationToken ct = default) =>
        _activities.QueryAsync<Activity>(DocumentQuery.AcrossPartitions().Where("documentType", "activity"), ct);

    /// <summary>Activities the worker has something to do for, by the indexed due time.</summary>
    public IAsyncEnumerable<Activity> DueAsync(DateTimeOffset now, CancellationToken ct = default) =>
        _activities.QueryAsync<Activity>(DocumentQuery.AcrossPartitions().Where("documentType", "activity").WhereAtMost("dueAt", now.ToUnixTimeMilliseconds()).Take(100), ct);
}
