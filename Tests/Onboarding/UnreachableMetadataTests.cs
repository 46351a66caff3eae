using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using SmqBot.Data.People;
using SmqBot.Tests.Support;

namespace SmqBot.Tests.Onboarding;

/// <summary>
/// When the Bot Connector's OpenID metadata cannot be fetched, no token can be checked: that is the bot's outage, not the
/// caller's fault, so it answers 503 (and logs it) instead of a 500 with the exception's name, and changes nothing.
/// </summary>
public sealed class UnreachableMetadataTests : IAsyncLifetime
{
    private const string AppId = "5d2d4a1e-0c1b-4d4e-9f7a-000000000002";
    private const string Issuer = "https://api.botframework.com";
    private BotApp _bot = null!;

    public async Task InitializeAsync()
    {
        // A port nothing listens on: the fetch fails at once with "connection refused".
        var nowhere = $"https://127.0.0.1:{Ports.Free()}/.well-known/openid-configuration";
        _bot = new BotApp(new()
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = Activities.TenantId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = nowhere,
            ["ToBotFromChannelTokenIssuer"] = Issuer,
            ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = nowhere,
            ["OAuthUrl"] = "https://api.botframework.com",
            ["ValidateAuthority"] = "true",
        });
        await ((IAsyncLifetime)_bot).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_bot).DisposeAsync();

    [Fact]
    public async Task AWellFormedTokenThatCannotBeCheckedIsAServiceUnavailableNotAFault()
    {
        using var key = RSA.Create(2048);
        var token = new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(
            issuer: Issuer, audience: AppId, claims: [new Claim("serviceurl", _bot.ServiceUrl)],
            notBefore: DateTime.UtcNow.AddMinutes(-1), expires: DateTime.UtcNow.AddMinutes(10),
            signingCredentials: new SigningCredentials(new RsaSecurityKey(key) { KeyId = "some-key" }, SecurityAlgorithms.RsaSha256)));

        var response = await _bot.PostAsync(Activities.Message(_bot.ServiceUrl, TestUser.Newcomer, "aide"), token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
        Assert.Null(await _bot.Service<PeopleStore>().FindAsync(TestUser.Newcomer.AadObjectId));
        Assert.Empty(_bot.Connector.Deliveries);
    }
}
