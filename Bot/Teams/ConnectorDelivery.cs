using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json.Linq;
using SmqBot.Bot.Features.Outbox;
using SmqBot.Cards.Model;
using SmqBot.Data.Outbox;

namespace SmqBot.Bot.Teams;

/// <summary>
/// Sends an outbox message through the Bot Framework adapter: continues a stored conversation, or opens a personal
/// chat first, and says whether a failure is worth retrying. The adapter's turn error handler never sees these
/// failures (they are caught inside the callback): an outbox failure is the worker's to handle, not the user's.
/// </summary>
public sealed class ConnectorDelivery(IBotFrameworkHttpAdapter adapter, BotFrameworkAuthentication auth, IConfiguration configuration) : IMessageDelivery
{
    private readonly CloudAdapter _adapter = (CloudAdapter)adapter;
    private readonly string _botAppId = configuration["MicrosoftAppId"] ?? "";

    public async Task<DeliveryResult> DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        Exception? failure = null;
        string? conversationId = null, activityId = null;
        async Task Send(ITurnContext turn, CancellationToken token)
        {
            try
            {
                var activity = Activity(message);
                if (message.UpdateOf is not null)
                {
                    activity.Id = message.ActivityId ?? throw new InvalidOperationException("An update needs the activity it replaces.");
                    activityId = (await turn.UpdateActivityAsync(activity, token))?.Id ?? message.ActivityId;
                }
                else activityId = (await turn.SendActivityAsync(activity, token))?.Id;
                conversationId = turn.Activity.Conversation?.Id;
            }
            catch (Exception e)
            {
                // Everything, cancellation included: an exception leaving the callback would reach the adapter's turn
                // error handler, which would post the user-facing apology into the recipient's conversation.
                failure = e;
            }
        }

        try
        {
            if (message.Conversation is { } c)
            {
                var reference = new ConversationReference
                {
                    ServiceUrl = c.ServiceUrl,
                    ChannelId = c.ChannelId,
                    Conversation = new ConversationAccount(id: c.ConversationId, tenantId: c.TenantId),
                    Bot = new ChannelAccount(c.BotId),
                    User = c.UserId is null ? null : new ChannelAccount(c.UserId),
                };
                await _adapter.ContinueConversationAsync(_botAppId, reference, Send, ct);
            }
            else if (message.Person is { } person)
            {
                var parameters = new ConversationParameters
                {
                    IsGroup = false,
                    Bot = new ChannelAccount(person.BotId),
                    Members = [new ChannelAccount(person.UserId, aadObjectId: person.AadObjectId)],
                    TenantId = message.TenantId,
                    ChannelData = new JObject { ["tenant"] = new JObject { ["id"] = message.TenantId } },
                };
                await _adapter.CreateConversationAsync(_botAppId, "msteams", person.ServiceUrl, auth.GetOriginatingAudience(), parameters, Send, ct);
            }
            else
            {
                return new DeliveryResult.Failed("Aucun destinataire / no recipient");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failure = e; // creating the conversation failed
        }

        if (failure is OperationCanceledException) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        return failure is null ? new DeliveryResult.Delivered(conversationId ?? message.Conversation?.ConversationId ?? "", activityId) : Classify(failure);
    }

    private static IActivity Activity(OutboxMessage message)
    {
        var activity = Microsoft.Bot.Schema.Activity.CreateMessageActivity();
        activity.Text = message.Text;
        if (message.Card is { } card)
            activity.Attachments = [new Attachment { ContentType = CardJson.ContentType, Content = new RawJson(card) }];
        return activity;
    }

    /// <summary>Teams' advice: on 429 wait for Retry-After; retry 412, 502, 503, 504; other 4xx will not get better.</summary>
    internal static DeliveryResult Classify(Exception failure)
    {
        var (status, headers, body) = failure switch
        {
            ErrorResponseException e => (e.Response?.StatusCode, e.Response?.Headers, e.Body?.Error?.Message ?? e.Response?.Content),
            HttpOperationException e => (e.Response?.StatusCode, e.Response?.Headers, e.Response?.Content),
            _ => ((HttpStatusCode?)null, null, null),
        };
        if (status is null) return new DeliveryResult.RetryLater($"{failure.GetType().Name}: {failure.Message}");
        var reason = $"{(int)status} {status}{(string.IsNullOrWhiteSpace(body) ? "" : $": {Shorten(body)}")}";
        return (int)status switch
        {
            429 => new DeliveryResult.RetryLater(reason, RetryAfter(headers), Throttled: true),
            412 or 502 or 503 or 504 => new DeliveryResult.RetryLater(reason, RetryAfter(headers)),
            >= 400 and < 500 => new DeliveryResult.Failed(reason),
            _ => new DeliveryResult.RetryLater(reason),
        };
    }

    private static TimeSpan? RetryAfter(IDictionary<string, IEnumerable<string>>? headers)
    {
        var value = headers?.FirstOrDefault(h => h.Key.Equals("Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (value is null) return null;
        if (double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds)) return TimeSpan.FromSeconds(Math.Max(0, seconds));
        return DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var at) ? at - DateTimeOffset.UtcNow : null;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
