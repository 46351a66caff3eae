using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using SmqBot.Bot.Features.Routing;

namespace SmqBot.Bot.Features.Exports;

/// <summary>
/// Links the bot hands out for what a card cannot carry (workbooks, CSV files, chart images; see <see cref="ExportTable"/>): <c>{PublicUrl}/exports/{route}/{token}</c>,
/// where the token is encrypted and signed (ASP.NET Data Protection), names its route and whatever the download needs
/// (who it was minted for, the month, the year…), and expires. Each download still checks its holder's rights. With
/// several instances the Data Protection key ring must be shared.
/// </summary>
public sealed class ExportLinks(IDataProtectionProvider protection, IOptions<SmqOptions> options)
{
    /// <summary>How long a link is valid: long enough to click it, short enough that a forwarded one is soon worthless.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ITimeLimitedDataProtector _tokens = protection.CreateProtector("SmqBot.Exports.v1").ToTimeLimitedDataProtector();

    /// <param name="holder">Who the link is minted for (an Entra object id): downloads are limited per holder.</param>
    /// <param name="parts">What the download needs besides; <see cref="Read"/> gives back the holder then these.</param>
    public string Mint(string route, TimeSpan lifetime, string holder, params string[] parts) =>
        $"{options.Value.PublicUrl.TrimEnd('/')}/exports/{route}/{_tokens.Protect(string.Join('|', [route, holder, .. parts]), lifetime)}";

    /// <summary>Who a valid token of any route was minted for; null for a token that is forged, altered or expired.</summary>
    public string? Holder(string token)
    {
        try
        {
            return _tokens.Unprotect(token).Split('|') is [_, var holder, ..] ? holder : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    /// <summary>The parts a token for this route carries (its holder first); null when it is forged, altered, expired or for another route.</summary>
    public string[]? Read(string route, string token)
    {
        try
        {
            var parts = _tokens.Unprotect(token).Split('|');
            return parts[0] == route ? parts[1..] : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
