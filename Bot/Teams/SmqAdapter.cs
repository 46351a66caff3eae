using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SmqBot.Cards.Common;

namespace SmqBot.Bot.Teams;

/// <summary>
/// The Bot Framework's CloudAdapter (JWT validation of incoming requests, outgoing calls to the Bot Connector),
/// with a turn error handler that logs the fault and gives the user a plain apology in their language.
/// </summary>
public sealed class SmqAdapter : CloudAdapter
{
    public SmqAdapter(BotFrameworkAuthentication auth, ILogger<SmqAdapter> logger) : base(auth, logger)
    {
        OnTurnError = async (turn, exception) =>
        {
            logger.LogError(exception, "A {ActivityType} turn failed", turn.Activity.Type);
            try
            {
                await turn.SendActivityAsync(Texts.For(ActivityMapping.Locale(turn.Activity)).Common.Apology);
            }
            catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
            {
                // The connector itself may be what failed; the fault is logged above and there is no one else to tell.
                logger.LogWarning(sendFailure, "Could not send the apology for a failed {ActivityType} turn", turn.Activity.Type);
            }
        };
    }
}
