using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SmqBot.Data.Documents;
using SmqBot.Data.Outbox;

namespace SmqBot.Bot.Features.Outbox;

/// <summary>
/// Delivers the outbox. Any number of instances may run against one store: the one holding the
/// <see cref="SenderLease"/> sends, the others wait to take over, so the tenant's pace is one process's.
///
/// <para><b>What is guaranteed.</b> Every enqueued message is delivered <i>at least once</i>, or ends failed with a
/// reason staff can read; an idempotency key enqueued twice is one message. A message is sent only by the worker
/// holding its lease: claiming is a conditional write (ETag), so two workers never send it at the same time.</para>
///
/// <para><b>The duplicate window, precisely.</b> A message can be sent twice in one case only: the connector accepted it
/// (2xx), and the worker stopped (crash, kill, lost store connection) before it wrote "sent". The message is then still
/// claimed; when its lease (<see cref="OutboxOptions.Lease"/>) expires, a worker takes it over and sends it again.
/// Nothing else resends: a worker whose claim waited for its turn in the pacer longer than half the lease renews the
/// lease before sending, with a conditional write, and sends nothing if another worker took the message over meanwhile;
/// a worker whose lease expired while it was sending finds, when it records the outcome, that the document changed, and
/// merges (a delivery recorded by anyone closes the message). At most the messages in
/// flight at the moment of the crash (at most <see cref="OutboxOptions.Concurrency"/> per worker) can be duplicated.</para>
///
/// <para><b>Pace and failures.</b> Sends wait for a slot from the <see cref="Pacer"/> (tenant rate, per-conversation
/// windows). 429 → retried after Retry-After (and the whole tenant pauses that long, recorded in the store for any
/// worker that takes over); 412, 502, 503, 504 and connection
/// failures → retried with exponential back-off and jitter; after <see cref="OutboxOptions.MaxAttempts"/> attempts the
/// message fails with its last reason (dead letter); any other 4xx fails at once.</para>
/// </summary>
public sealed class OutboxWorker(OutboxStore store, IMessageDelivery delivery, Pacer pacer, SenderLease senderLease, IOptions<OutboxOptions> options,
    TimeProvider time, ILogger<OutboxWorker> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    public string Id { get; } = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await senderLease.HoldAsync(Id, stoppingToken)) await SendWhileHeldAsync(stoppingToken);
                await Task.Delay(senderLease.RenewEvery, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A store outage must not kill delivery for good: log, wait, try again.
                logger.LogError(e, "Outbox sender lease failed");
                try { await Task.Delay(_options.PollInterval, time, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    /// <summary>
    /// Polls and sends for as long as this worker holds the sender lease, renewing it alongside. Due messages go through
    /// a queue to <see cref="OutboxOptions.Concurrency"/> senders, and the next poll is read while the last one is still
    /// being sent (once half of it is left), so that the pace never waits for a query: on Cosmos DB a poll of 200
    /// messages takes long enough to cost a tenth of the rate if the senders stood idle meanwhile.
    /// </summary>
    private async Task SendWhileHeldAsync(CancellationToken stoppingToken)
    {
        using var held = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewing = RenewAsync(held);
        var queue = Channel.CreateUnbounded<OutboxMessage>(new UnboundedChannelOptions { SingleWriter = true });
        var underWay = new ConcurrentDictionary<string, byte>(); // keys read by a poll and not finished with yet
        var senders = Enumerable.Range(0, _options.Concurrency).Select(_ => Task.Run(async () =>
        {
            await foreach (var message in queue.Reader.ReadAllAsync(held.Token))
            {
                try
                {
                    await DeliverAsync(message, stoppingToken, held.Token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The store failed mid-delivery: the claim, if taken, lapses and the message is sent again then.
                    logger.LogError(e, "Outbox delivery failed");
                }
                finally
                {
                    underWay.TryRemove(message.Key, out var _);
                }
            }
        })).ToList();
        try
        {
            while (!held.IsCancellationRequested)
            {
                var added = 0;
                try
                {
                    await foreach (var message in store.DueAsync(time.GetUtcNow().ToUnixTimeMilliseconds(), _options.BatchSize, held.Token))
                        if (underWay.TryAdd(message.Key, 0))
                        {
                            queue.Writer.TryWrite(message);
                            added++;
                        }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Outbox poll failed");
                }
                if (added == 0) await Task.Delay(_options.PollInterval, time, held.Token);
                while (underWay.Count > _options.BatchSize / 2) await Task.Delay(TimeSpan.FromMilliseconds(10), time, held.Token);
            }
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The lease went to another worker: it sends from now on.
        }
        finally
        {
            queue.Writer.TryComplete();
            await held.CancelAsync();
            foreach (var sender in senders)
            {
                try { await sender; }
                catch (OperationCanceledException) { }
            }
            await renewing;
        }
    }

    /// <summary>Renews the sender lease every third of it; cancels <paramref name="held"/> once it is lost.</summary>
    private async Task RenewAsync(CancellationTokenSource held)
    {
        while (!held.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(senderLease.RenewEvery, time, held.Token);
                if (await senderLease.HoldAsync(Id, held.Token)) continue;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Outbox sender lease renewal failed");
                if (senderLease.IsHeldBy(Id)) continue; // still within half the lease: keep sending, try again
            }
            await held.CancelAsync();
            return;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await senderLease.ReleaseAsync(Id, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Outbox sender lease not given back; another instance takes over when it runs out");
        }
    }

    /// <summary>One poll: reads due messages and delivers those this worker manages to claim. Returns how many were due.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var due = await store.DueAsync(time.GetUtcNow().ToUnixTimeMilliseconds(), _options.BatchSize, ct).ToListAsync(ct);
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = ct },
            async (message, token) => await DeliverAsync(message, token, token));
        return due.Count;
    }

    /// <summary>
    /// Claims and delivers one message. Claiming and waiting for a turn in the pace end when <paramref name="whileSender"/>
    /// is cancelled (the sender lease went to another worker), and a claim not sent yet goes back to the queue; a send
    /// already under way is completed and recorded unless <paramref name="ct"/> says the process is stopping.
    /// </summary>
    private async Task DeliverAsync(OutboxMessage due, CancellationToken ct, CancellationToken whileSender)
    {
        if (whileSender.IsCancellationRequested || await ClaimAsync(due, whileSender) is not { } claim) return;
        try
        {
            var message = claim.Value;
            DeliveryResult? result;
            if (message.UpdateOf is { } original)
            {
                // An update goes out once the activity it replaces exists; if that one failed, there is nothing to update.
                var replaced = (await store.ReadAsync(message.Broadcast, original, ct))?.Value;
                if (replaced is { Open: true })
                {
                    // Waiting for it is not an attempt: give the lease back, unchanged, until the next poll.
                    await GiveBackAsync(claim, time.GetUtcNow() + _options.PollInterval, ct);
                    return;
                }
                if (replaced is { Status: DeliveryStatus.Sent, ActivityId: { } activityId })
                {
                    message = message with { ActivityId = activityId };
                    (result, claim) = await SendAsync(message, claim, ct, whileSender);
                }
                else result = new DeliveryResult.Failed("Le message à mettre à jour n’a pas été livré / the message to update was not delivered");
            }
            else
            {
                using var span = Telemetry.StartDelivery();
                (result, claim) = await SendAsync(message, claim, ct, whileSender);
                Telemetry.Delivered(span, result switch { DeliveryResult.Delivered => "sent", DeliveryResult.Failed => "failed", null => "lost-lease", _ => "retry" }, time.GetUtcNow() - message.CreatedAt);
            }
            // Another worker took the message over while this one waited for its turn: it is theirs to send and record.
            if (result is null) return;
            await RecordAsync(claim with { Value = message }, result, ct);
        }
        catch (OperationCanceledException) when (whileSender.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            // The sender lease went to another worker before this message's turn came: back to the queue, unsent.
            await GiveBackAsync(claim, time.GetUtcNow(), ct);
        }
    }

    /// <summary>Returns a claimed message to the queue unsent, due at <paramref name="dueAt"/>: the claim was not an attempt.</summary>
    private Task<Stored<OutboxMessage>?> GiveBackAsync(Stored<OutboxMessage> claim, DateTimeOffset dueAt, CancellationToken ct) =>
        store.ReplaceAsync(claim.Value with
        {
            Status = DeliveryStatus.Pending, LeaseOwner = null, Attempts = claim.Value.Attempts - 1, DueAt = dueAt.ToUnixTimeMilliseconds(),
        }, claim.ETag, ct);

    /// <summary>
    /// One attempt, in the pace the connector allows; a 429 pauses the whole tenant. The wait for a turn can outlast the
    /// lease (a slow tenant, a long queue): then the lease is renewed with a conditional write on the claim before
    /// sending, and a worker that lost it to another sends nothing (a null result). Returns the claim as it then stands.
    /// </summary>
    private async Task<(DeliveryResult? Result, Stored<OutboxMessage> Claim)> SendAsync(OutboxMessage message, Stored<OutboxMessage> claim, CancellationToken ct, CancellationToken whileSender)
    {
        DeliveryResult result;
        using (await pacer.WaitTurnAsync(message.Conversation?.ConversationId ?? message.Person?.UserId ?? message.Key, whileSender))
        {
            var now = time.GetUtcNow();
            if (claim.Value.DueAt - now.ToUnixTimeMilliseconds() < _options.Lease.TotalMilliseconds / 2)
            {
                var renewed = await store.ReplaceAsync(claim.Value with { DueAt = (now + _options.Lease).ToUnixTimeMilliseconds() }, claim.ETag, ct);
                if (renewed is null) return (null, claim);
                claim = renewed;
            }
            try
            {
                result = await delivery.DeliverAsync(message, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Delivery attempt {Attempt} threw", message.Attempts);
                result = new DeliveryResult.RetryLater($"{e.GetType().Name}: {e.Message}");
            }
        }
        if (result is DeliveryResult.RetryLater { Throttled: true, RetryAfter: { } wait }) await senderLease.ThrottledAsync(wait, ct);
        return (result, claim);
    }

    /// <summary>Takes the lease with a conditional write; null when another worker was first or the message is no longer due.</summary>
    private async Task<Stored<OutboxMessage>?> ClaimAsync(OutboxMessage due, CancellationToken ct)
    {
        var current = await store.ReadAsync(due.Broadcast, due.Key, ct);
        var now = time.GetUtcNow();
        if (current is null || !current.Value.Open || current.Value.DueAt > now.ToUnixTimeMilliseconds()) return null;
        return await store.ReplaceAsync(current.Value with
        {
            Status = DeliveryStatus.Sending,
            LeaseOwner = Id,
            DueAt = (now + _options.Lease).ToUnixTimeMilliseconds(),
            Attempts = current.Value.Attempts + 1,
        }, current.ETag, ct);
    }

    private async Task RecordAsync(Stored<OutboxMessage> claimed, DeliveryResult result, CancellationToken ct)
    {
        var outcome = Outcome(claimed.Value, result);
        if (await store.ReplaceAsync(outcome, claimed.ETag, ct) is not null) return;
        // Our lease expired and another worker took the message over meanwhile: a delivery by anyone closes it.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var current = await store.ReadAsync(claimed.Value.Broadcast, claimed.Value.Key, ct);
            if (current is null || current.Value.Status == DeliveryStatus.Sent || outcome.Status != DeliveryStatus.Sent) return;
            if (await store.ReplaceAsync(outcome with { Attempts = current.Value.Attempts }, current.ETag, ct) is not null) return;
        }
    }

    private OutboxMessage Outcome(OutboxMessage message, DeliveryResult result)
    {
        var outcome = Closing(message, result);
        return outcome is { ForgetWhenClosed: true, Open: false }
            ? outcome with { Conversation = null, Person = null, Card = null, Text = null, DeliveredTo = null, RecipientName = null }
            : outcome;
    }

    private OutboxMessage Closing(OutboxMessage message, DeliveryResult result)
    {
        var now = time.GetUtcNow();
        switch (result)
        {
            case DeliveryResult.Delivered delivered:
                return message with
                {
                    Status = DeliveryStatus.Sent, Open = false, SentAt = now, LeaseOwner = null, DeliveredTo = delivered.ConversationId, SentBy = Id,
                    ActivityId = delivered.ActivityId ?? message.ActivityId,
                };
            case DeliveryResult.Failed failed:
                logger.LogWarning("Outbox message failed for good after {Attempts} attempts", message.Attempts);
                return message with { Status = DeliveryStatus.Failed, Open = false, LeaseOwner = null, LastError = failed.Reason };
            case DeliveryResult.RetryLater retry when message.Attempts >= _options.MaxAttempts:
                logger.LogWarning("Outbox message dead-lettered after {Attempts} attempts", message.Attempts);
                return message with
                {
                    Status = DeliveryStatus.Failed, Open = false, LeaseOwner = null,
                    LastError = $"Abandonné après {message.Attempts} tentatives / gave up after {message.Attempts} attempts: {retry.Reason}",
                };
            case DeliveryResult.RetryLater retry:
                var wait = retry.RetryAfter ?? Backoff(message.Attempts);
                return message with { Status = DeliveryStatus.Pending, LeaseOwner = null, LastError = retry.Reason, DueAt = (now + wait).ToUnixTimeMilliseconds() };
            default:
                throw new InvalidOperationException($"Unknown delivery result {result.GetType().Name}.");
        }
    }

    /// <summary>Exponential back-off with "equal jitter": half the delay fixed, half random, so retries spread out.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(_options.MaxBackoff.TotalMilliseconds, _options.BaseBackoff.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }
}
