using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.AspNetCore.DataProtection;

namespace SmqBot.Bot.Features.Exports;

/// <summary>
/// Where the certificate that encrypts the Data Protection key ring at rest comes from (section <c>DataProtection</c>):
/// a PFX file (<see cref="CertificatePath"/>, with <see cref="CertificatePassword"/>), or, in Azure, a Key Vault certificate
/// (<see cref="KeyVaultUri"/> and <see cref="CertificateName"/>), read through its secret with the app's managed identity.
/// </summary>
public sealed class KeyRingOptions
{
    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }
    public string? KeyVaultUri { get; set; }
    public string? CertificateName { get; set; }

    public bool Configured => !string.IsNullOrWhiteSpace(CertificatePath) || (!string.IsNullOrWhiteSpace(KeyVaultUri) && !string.IsNullOrWhiteSpace(CertificateName));

    /// <summary>The certificate, with its private key (the key ring is decrypted with it too).</summary>
    public X509Certificate2 Load()
    {
        if (!string.IsNullOrWhiteSpace(CertificatePath)) return X509CertificateLoader.LoadPkcs12FromFile(CertificatePath, CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
        // A Key Vault certificate's secret is its PFX, base64; DefaultAzureCredential takes the managed identity named by AZURE_CLIENT_ID.
        var secret = new SecretClient(new Uri(KeyVaultUri!), new DefaultAzureCredential()).GetSecret(CertificateName).Value;
        return X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(secret.Value), null, X509KeyStorageFlags.EphemeralKeySet);
    }
}

/// <summary>
/// The Data Protection key ring signs and encrypts every download token. It lives in the document store beside the data
/// (<see cref="DocumentXmlRepository"/>), so with a certificate configured each key is written encrypted with it
/// (ASP.NET's <c>ProtectKeysWithCertificate</c>) and read back with the same
/// certificate; whoever reads the store alone cannot mint links. Without one, outside Development, the start-up log warns.
/// </summary>
public static class KeyRingProtection
{
    /// <summary>
    /// Reads the <c>DataProtection</c> section now: the certificate is loaded while the host is built, so a wrong path,
    /// password or vault stops the start instead of the first download.
    /// </summary>
    public static IDataProtectionBuilder ProtectKeyRing(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var options = configuration.GetSection("DataProtection").Get<KeyRingOptions>() ?? new KeyRingOptions();
        X509Certificate2? certificate;
        try
        {
            certificate = options.Configured ? options.Load() : null;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or Azure.RequestFailedException or Azure.Identity.AuthenticationFailedException)
        {
            throw new InvalidOperationException(
                $"The Data Protection key ring's certificate could not be loaded from {(string.IsNullOrWhiteSpace(options.CertificatePath) ? $"Key Vault {options.KeyVaultUri}, certificate {options.CertificateName}" : options.CertificatePath)}: " +
                "check DataProtection:CertificatePath and CertificatePassword, or that the certificate exists in the vault and the app's identity may read its secret.", e);
        }
        if (certificate is not null) builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        builder.Services.AddHostedService(sp => new KeyRingStartupCheck(certificate, sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<ILogger<KeyRingStartupCheck>>()));
        return builder;
    }

    /// <summary>Says at start-up how the key ring is kept, and warns outside Development when it is not encrypted.</summary>
    private sealed class KeyRingStartupCheck(X509Certificate2? certificate, IHostEnvironment environment, ILogger<KeyRingStartupCheck> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (certificate is not null)
                logger.LogInformation("Data Protection key ring: encrypted at rest with certificate {Thumbprint}", certificate.Thumbprint);
            else if (!environment.IsDevelopment())
                logger.LogWarning("Data Protection key ring: no certificate configured (DataProtection:CertificatePath, or DataProtection:KeyVaultUri and DataProtection:CertificateName), so the keys that sign download links are stored unencrypted beside the data");
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
