using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using SmqBot.Data.People;
using SmqBot.Tests.Support;

namespace SmqBot.Tests.Onboarding;

/// <summary>
/// With an app id configured, the Bot Framework SDK's JWT validation guards /api/messages. The Bot Connector's
/// OpenID metadata is served locally (the machine is offline) with one published signing key, so that a genuine
/// token can be told from a forged one.
/// </summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string AppId = "5d2d4a1e-0c1b-4d4e-9f7a-000000000001";
    private const string Issuer = "https://api.botframework.com";
    private readonly RSA _published = RSA.Create(2048);
    private readonly RSA _attacker = RSA.Create(2048);
    private readonly X509Certificate2 _certificate = SelfSigned();
    private WebApplication _openId = null!;
    private BotApp _bot = null!;

    public async Task InitializeAsync()
    {
        _openId = await StartOpenIdMetadataAsync();
        var metadata = _openId.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/.well-known/openid-configuration";
        TrustTestCertificate(add: true);
        _bot = new BotApp(new()
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = Activities.TenantId,
            // Naming one endpoint makes the SDK read all of them from configuration: the public cloud's values,
            // except the channel's OpenID metadata, served locally.
            ["ToBotFromChannelOpenIdMetadataUrl"] = metadata,
            ["ToBotFromChannelTokenIssuer"] = Issuer,
            ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration",
            ["OAuthUrl"] = "https://api.botframework.com",
            ["ValidateAuthority"] = "true",
        }, kestrel: true);
        await ((IAsyncLifetime)_bot).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_bot).DisposeAsync();
        await _openId.DisposeAsync();
        TrustTestCertificate(add: false);
    }

    /// <summary>
    /// The SDK fetches the metadata with its own static HttpClient, over HTTPS only, so the certificate must be trusted
    /// by .NET itself: it goes into the current user's .NET root store for this test only (a day-long certificate whose
    /// private key lives in this process).
    /// </summary>
    private void TrustTestCertificate(bool add)
    {
        using var root = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        root.Open(OpenFlags.ReadWrite);
        using var publicPart = X509CertificateLoader.LoadCertificate(_certificate.RawData);
        if (add) root.Add(publicPart);
        else root.Remove(publicPart);
    }

    [Fact]
    public async Task ARequestWithoutATokenIsRefused()
    {
        var response = await _bot.PostAsync(Activities.Message(_bot.ServiceUrl, TestUser.Newcomer, "aide"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingHappened();
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyIsRefused()
    {
        var forged = Token(_attacker, AppId);

        var response = await _bot.PostAsync(Activities.Message(_bot.ServiceUrl, TestUser.Newcomer, "aide"), forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingHappened();
    }

    [Fact]
    public async Task ATokenIssuedForAnotherBotIsRefused()
    {
        var response = await _bot.PostAsync(Activities.Message(_bot.ServiceUrl, TestUser.Newcomer, "aide"), Token(_published, "some-other-bot"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingHappened();
    }

    /// <summary>Tokens that are not JWTs at all used to escape the SDK as ArgumentException kinds: 500 and an exception page.</summary>
    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJhIjoxfQ")]
    [InlineData("a.b.c.d.e")]
    [InlineData("!!!.???.***")]
    [InlineData("WzFd.WzFd.WzFd")] // each segment decodes to [1]
    public async Task AMalformedTokenIsRefusedWithoutNamingTheFault(string bearer)
    {
        var response = await _bot.PostAsync(Activities.Message(_bot.ServiceUrl, TestUser.Newcomer, "aide"), bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", body);
        await AssertNothingHappened();
    }

    [Fact]
    public async Task AGenuineTokenIsAccepted()
    {
        // A typing activity needs no reply, so the bot does not have to fetch its own token from Entra (offline here).
        var typing = Activities.Message(_bot.ServiceUrl, TestUser.Newcomer, "");
        typing["type"] = "typing";

        var response = await _bot.PostAsync(typing, Token(_published, AppId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// Finding: an anonymous activity with another serviceUrl rewrote a person's stored address. With tokens, the Bot
    /// Framework ties the activity's serviceUrl to the token's <c>serviceurl</c> claim: a genuine token minted for the
    /// real connector does not carry an activity that sends replies elsewhere, and nothing about the person changes.
    /// </summary>
    [Fact]
    public async Task AGenuineTokenDoesNotCarryAnActivityThatNamesAnotherServiceUrl()
    {
        var people = _bot.Service<PeopleStore>();
        var address = new ConversationAddress(_bot.ServiceUrl, "msteams", Activities.PersonalConversationId(TestUser.Staff), Activities.TenantId, Activities.BotId, TestUser.Staff.TeamsId);
        await people.RecordContactAsync(new Contact(TestUser.Staff.AadObjectId, Activities.TenantId, TestUser.Staff.Name, "fr-CA", address), null);
        var before = System.Text.Json.JsonSerializer.Serialize(await people.FindAsync(TestUser.Staff.AadObjectId));
        var elsewhere = Activities.Message("https://attacker.example/", TestUser.Staff, "rapport");

        var response = await _bot.PostAsync(elsewhere, Token(_published, AppId));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(await people.FindAsync(TestUser.Staff.AadObjectId)));
        Assert.Empty(_bot.Connector.Deliveries);
    }

    /// <summary>
    /// Finding: the whole body was parsed before the token was looked at. Without a Bearer token the answer is 401 from
    /// the headers alone: the body here announces 200 KB, sends its first kilobyte and then nothing, so reading it would hang.
    /// </summary>
    [Fact]
    public async Task ARequestWithoutATokenIsRefusedBeforeItsBodyIsRead()
    {
        var status = await RawHttp.PostAsync(_bot.Address, "/api/messages", contentLength: 200 * 1024, bytesSent: 1024);

        Assert.Equal(401, status);
        await AssertNothingHappened();
    }

    /// <summary>Finding: a 28 MB body was read whole before its 401. Over 256 KB it is refused by its length, unread.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(28)]
    public async Task ABodyOverTheLimitIsRefusedByItsLengthWithoutBeingRead(int megabytes)
    {
        var status = await RawHttp.PostAsync(_bot.Address, "/api/messages", contentLength: megabytes * 1024L * 1024, bytesSent: 1024, bearer: Token(_published, AppId));

        Assert.Equal(413, status);
        await AssertNothingHappened();
    }

    private async Task AssertNothingHappened()
    {
        Assert.Null(await _bot.Service<PeopleStore>().FindAsync(TestUser.Newcomer.AadObjectId));
        Assert.Empty(_bot.Connector.Deliveries);
    }

    private string Token(RSA key, string audience) => new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(
        issuer: Issuer,
        audience: audience,
        claims: [new Claim("serviceurl", _bot.ServiceUrl)],
        notBefore: DateTime.UtcNow.AddMinutes(-1),
        expires: DateTime.UtcNow.AddMinutes(10),
        signingCredentials: new SigningCredentials(new RsaSecurityKey(key) { KeyId = "published-key" }, SecurityAlgorithms.RsaSha256)));

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    private async Task<WebApplication> StartOpenIdMetadataAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // The SDK fetches metadata over HTTPS only (see TrustTestCertificate).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));
        var app = builder.Build();
        var parameters = _published.ExportParameters(false);
        app.MapGet("/.well-known/openid-configuration", (HttpContext context) => Results.Json(new
        {
            issuer = Issuer,
            jwks_uri = $"https://{context.Request.Host}/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        }));
        app.MapGet("/keys", () => Results.Json(new
        {
            keys = new[]
            {
                new
                {
                    kty = "RSA", use = "sig", kid = "published-key",
                    n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent),
                    // The Bot Connector lists, per key, the channels it may sign for.
                    endorsements = new[] { "msteams" },
                },
            },
        }));
        await app.StartAsync();
        return app;
    }
}
