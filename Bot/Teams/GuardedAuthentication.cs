using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Schema;

namespace SmqBot.Bot.Teams;

/// <summary>
/// The one place that decides what a failed authentication of an incoming request means. The SDK reports a rejected
/// token in several ways (a 401 of its own, <c>SecurityTokenException</c>s, and for a token that is not a JWT at all
/// <c>ArgumentException</c> or <c>FormatException</c> kinds), which would otherwise escape as 500s naming the exception.
/// Here every failure becomes <see cref="AuthenticationFailedException"/>: the caller's fault (401), or, when the Bot
/// Connector's OpenID metadata cannot be fetched, ours (503, logged), so that operators see an outage, not an attack.
/// </summary>
public sealed class GuardedAuthentication(BotFrameworkAuthentication inner, ILogger<GuardedAuthentication> logger) : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return WithSharedContracts(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Classify(e);
        }
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        try
        {
            return WithSharedContracts(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Classify(e);
        }
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        SharedContractsConnectorFactory.Wrap(inner.CreateConnectorFactory(claimsIdentity))!;

    private static AuthenticateRequestResult WithSharedContracts(AuthenticateRequestResult result)
    {
        result.ConnectorFactory = SharedContractsConnectorFactory.Wrap(result.ConnectorFactory);
        return result;
    }

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private AuthenticationFailedException Classify(Exception e)
    {
        if (Unreachable(e))
        {
            logger.LogError(e, "Incoming requests cannot be authenticated: the Bot Connector's signing keys could not be fetched");
            return new AuthenticationFailedException(unavailable: true);
        }
        // The caller's token is at fault; its content is theirs, so only the kind of failure is logged.
        logger.LogInformation("Refused an incoming request: {Failure}", e.GetType().Name);
        return new AuthenticationFailedException(unavailable: false);
    }

    /// <summary>
    /// Whether the failure is the metadata endpoint's: a network error anywhere in the chain, or IdentityModel's
    /// "unable to obtain configuration" (IDX20803/IDX20804), which wraps one.
    /// </summary>
    private static bool Unreachable(Exception e)
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException or System.Net.Sockets.SocketException or TimeoutException) return true;
            if (current.Message.Contains("IDX20803", StringComparison.Ordinal) || current.Message.Contains("IDX20804", StringComparison.Ordinal)) return true;
        }
        return e is AggregateException aggregate && aggregate.InnerExceptions.Any(Unreachable);
    }
}

/// <summary>An incoming request that could not be authenticated: refused (401) or, with the metadata unreachable, unanswerable now (503).</summary>
public sealed class AuthenticationFailedException(bool unavailable) : Exception(unavailable ? "Authentication is unavailable" : "Authentication failed")
{
    public bool Unavailable { get; } = unavailable;
}
