using System.Security.Cryptography;
using Forge.Host.Data;
using Forge.Hosting.Data;
using Forge.Hosting.Modularity;
using Forge.Hosting.ProductApi;
using OpenIddict.Server;
using Microsoft.IdentityModel.Tokens;

namespace Forge.Host.OAuth;

/// <summary>OpenIddict as the token server (client_credentials) and as the validator of its own tokens.</summary>
public static class OAuthSetup
{
    public static IServiceCollection AddForgeOAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var keyDirectory = Path.Combine(DatabaseOptions.DataDirectory(configuration), "keys");
        var keys = configuration.ReadForgeOptions<OAuthKeyOptions>(OAuthKeyOptions.Section);
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<PlatformDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris("connect/token");
                o.AllowClientCredentialsFlow();
                o.SetAccessTokenLifetime(TimeSpan.FromHours(1));
                o.AddSigningKey(LoadOrCreateKey(keys.SigningKeyPem, keyDirectory, "signing.pem"));
                o.AddEncryptionKey(LoadOrCreateKey(keys.EncryptionKeyPem, keyDirectory, "encryption.pem"));
                o.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
            });
        // The scopes are the products' own (ADR 17), known once the container is built.
        services.AddOptions<OpenIddictServerOptions>().Configure<IProductCatalog>((o, catalog) => o.Scopes.UnionWith(catalog.All.Select(p => p.Scope)));
        return services;
    }

    /// <summary>
    /// RSA keys from configuration (several hosts must share them) or, on a single host, generated
    /// once and kept in the data directory so tokens survive a restart.
    /// </summary>
    private static RsaSecurityKey LoadOrCreateKey(string? configuredPem, string directory, string file)
    {
        var rsa = RSA.Create();
        if (!string.IsNullOrWhiteSpace(configuredPem))
        {
            rsa.ImportFromPem(configuredPem);
            return new RsaSecurityKey(rsa);
        }
        var path = Path.Combine(directory, file);
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
            return new RsaSecurityKey(rsa);
        }
        Directory.CreateDirectory(directory);
        rsa.KeySize = 2048;
        File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return new RsaSecurityKey(rsa);
    }
}
