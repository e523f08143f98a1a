using System.CommandLine;
using System.Globalization;
using Forge.Host.Accounts;
using Forge.Host.ApiKeys;
using Forge.Host.Data;
using Forge.Host.Features;
using Forge.Host.OAuth;
using Forge.Host.Platform;
using Forge.Host.Tenants;
using Forge.Hosting.Credits;
using Forge.Hosting.Identity;
using Microsoft.Extensions.Logging.Console;

namespace Forge.Host.Cli;

/// <summary>The verbs. Each runs in a scope of the same service container the web host uses.</summary>
internal sealed class CliVerbs(Option<bool> json, TextWriter stdout)
{
    public IEnumerable<Command> All() => [Migrate(), Tenant(), Key(), Client(), Credits(), Feature(), Admin()];

    private Command Migrate() => Verb("migrate", "Apply database migrations.", [], [], async (_, ctx) =>
    {
        var applied = await ctx.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ctx.Token);
        ctx.Out.Result(new { applied }, applied.Count == 0 ? "Database is up to date." : $"Applied:\n  {string.Join("\n  ", applied)}");
    }, migrateFirst: false);

    private Command Tenant()
    {
        var name = new Argument<string>("name") { Description = "Tenant name." };
        var edition = new Option<string>("--edition") { Description = "free, pro or enterprise.", Required = true };
        edition.AcceptOnlyFromAmong([.. Editions.All]);
        var tenant = new Command("tenant", "Manage tenants.");
        tenant.Subcommands.Add(Verb("create", "Create a tenant.", [name], [edition], async (p, ctx) =>
        {
            var t = await ctx.Get<TenantManager>().CreateAsync(p.GetValue(name)!, p.GetValue(edition)!, ctx.Token);
            ctx.Out.Result(View(t), $"Created tenant '{t.Name}' ({t.Edition}), id {t.Id}.");
        }));
        tenant.Subcommands.Add(Verb("list", "List tenants.", [], [], async (_, ctx) =>
        {
            var all = await ctx.Get<TenantManager>().ListAsync(ctx.Token);
            ctx.Out.Table(all.Select(View).ToList(), t => $"{t.Name,-24} {t.Edition,-11} {t.State,-10} {t.Id}", "No tenants.");
        }));
        foreach (var (verb, suspend) in new[] { ("suspend", true), ("resume", false) })
        {
            var target = new Argument<string>("name") { Description = "Tenant name." };
            tenant.Subcommands.Add(Verb(verb, $"{char.ToUpperInvariant(verb[0])}{verb[1..]} a tenant.", [target], [], async (p, ctx) =>
            {
                var manager = ctx.Get<TenantManager>();
                var t = suspend ? await manager.SuspendAsync(p.GetValue(target)!, ctx.Token) : await manager.ResumeAsync(p.GetValue(target)!, ctx.Token);
                ctx.Out.Result(View(t), $"Tenant '{t.Name}' is {t.State.ToString().ToLowerInvariant()}.");
            }));
        }
        return tenant;
    }

    private Command Key()
    {
        var tenantOption = new Option<string>("--tenant") { Description = "Tenant name.", Required = true };
        // Checked against the host's products by ApiKeyManager (ADR 17), which names the known ones.
        var product = new Option<string>("--product") { Description = "A product this host issues keys for (its modules and Forge:Products).", Required = true };
        var expires = new Option<DateTimeOffset?>("--expires") { Description = "Expiry, ISO 8601." };
        var permissions = new Option<string[]>("--permission") { Description = "Extra permission (repeatable).", AllowMultipleArgumentsPerToken = false };
        var key = new Command("key", "Manage API keys.");
        key.Subcommands.Add(Verb("create", "Create an API key (shown once).", [], [tenantOption, product, expires, permissions], async (p, ctx) =>
        {
            var tenant = await ctx.Get<TenantManager>().GetByNameAsync(p.GetValue(tenantOption)!, ctx.Token);
            var (k, plaintext) = await ctx.Get<ApiKeyManager>().CreateAsync(tenant, p.GetValue(product)!, p.GetValue(expires), p.GetValue(permissions), ctx.Token);
            ctx.Out.Result(new { key_id = k.KeyId, tenant = tenant.Name, k.Product, expires_at = k.ExpiresAt, key = plaintext },
                $"Created {k.Product} key {k.KeyId} for '{tenant.Name}'. It is shown once; store it now:", plaintext);
        }));
        var listTenant = new Option<string>("--tenant") { Description = "Tenant name.", Required = true };
        key.Subcommands.Add(Verb("list", "List a tenant's keys (never the secrets).", [], [listTenant], async (p, ctx) =>
        {
            var tenant = await ctx.Get<TenantManager>().GetByNameAsync(p.GetValue(listTenant)!, ctx.Token);
            var keys = await ctx.Get<ApiKeyManager>().ListAsync(tenant, ctx.Token);
            ctx.Out.Table(keys.Select(k => new { key_id = k.KeyId, k.Product, k.Hint, state = k.State.ToString().ToLowerInvariant(), expires_at = k.ExpiresAt, last_used_at = k.LastUsedAt }).ToList(),
                k => $"{k.key_id}  {k.Product,-11} {k.Hint,-28} {k.state,-9} expires {k.expires_at?.ToString("u") ?? "never"}  last used {k.last_used_at?.ToString("u") ?? "never"}", "No keys.");
        }));
        var keyId = new Argument<string>("key-id") { Description = "The key's public id." };
        key.Subcommands.Add(Verb("revoke", "Revoke a key.", [keyId], [], async (p, ctx) =>
        {
            var k = await ctx.Get<ApiKeyManager>().RevokeAsync(p.GetValue(keyId)!, ctx.Token);
            ctx.Out.Result(new { key_id = k.KeyId, state = "revoked" }, $"Revoked key {k.KeyId}.");
        }));
        return key;
    }

    private Command Client()
    {
        var tenantOption = new Option<string>("--tenant") { Description = "Tenant name.", Required = true };
        var scopes = new Option<string>("--scopes") { Description = "Comma-separated: fortune,analysis,notionforge.", Required = true };
        var client = new Command("client", "Manage OAuth clients.");
        client.Subcommands.Add(Verb("create", "Create a client_credentials client (secret shown once).", [], [tenantOption, scopes], async (p, ctx) =>
        {
            var tenant = await ctx.Get<TenantManager>().GetByNameAsync(p.GetValue(tenantOption)!, ctx.Token);
            var list = p.GetValue(scopes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var (c, secret) = await ctx.Get<OAuthClientManager>().CreateAsync(tenant, list, ctx.Token);
            ctx.Out.Result(new { client_id = c.ClientId, tenant = tenant.Name, scopes = c.Scopes.Split(' '), client_secret = secret },
                $"Created client {c.ClientId} for '{tenant.Name}' with scopes {c.Scopes}. The secret is shown once; store it now:", secret);
        }));
        return client;
    }

    private Command Credits()
    {
        var tenantOption = new Option<string>("--tenant") { Description = "Tenant name.", Required = true };
        var amount = new Option<long>("--amount") { Description = "Whole credits, > 0.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why.", Required = true };
        var reference = new Option<string?>("--reference") { Description = "Idempotency reference (default: a new one)." };
        var credits = new Command("credits", "Manage credits.");
        credits.Subcommands.Add(Verb("grant", "Grant credits to a tenant.", [], [tenantOption, amount, reason, reference], async (p, ctx) =>
        {
            var tenant = await ctx.Get<TenantManager>().GetByNameAsync(p.GetValue(tenantOption)!, ctx.Token);
            var balance = await ctx.Get<ICreditLedger>().GrantAsync(tenant.Id, p.GetValue(amount), p.GetValue(reason)!,
                p.GetValue(reference) ?? $"cli-grant-{Guid.CreateVersion7():N}", ctx.Token);
            ctx.Out.Result(new { tenant = tenant.Name, balance }, $"Granted. '{tenant.Name}' balance: {balance.ToString(CultureInfo.InvariantCulture)}.");
        }));
        var balanceTenant = new Option<string>("--tenant") { Description = "Tenant name.", Required = true };
        credits.Subcommands.Add(Verb("balance", "Show a tenant's balance.", [], [balanceTenant], async (p, ctx) =>
        {
            var tenant = await ctx.Get<TenantManager>().GetByNameAsync(p.GetValue(balanceTenant)!, ctx.Token);
            var balance = await ctx.Get<ICreditLedger>().GetBalanceAsync(tenant.Id, ctx.Token);
            ctx.Out.Result(new { tenant = tenant.Name, balance }, $"'{tenant.Name}' balance: {balance.ToString(CultureInfo.InvariantCulture)}.");
        }));
        return credits;
    }

    private Command Feature()
    {
        var tenantOption = new Option<string>("--tenant") { Description = "Tenant name.", Required = true };
        var name = new Argument<string>("feature") { Description = "Feature name." };
        var value = new Argument<string>("value") { Description = "true/false, a number or text." };
        var feature = new Command("feature", "Manage tenant feature overrides.");
        feature.Subcommands.Add(Verb("set", "Override a feature for a tenant.", [name, value], [tenantOption], async (p, ctx) =>
        {
            var tenant = await ctx.Get<TenantManager>().GetByNameAsync(p.GetValue(tenantOption)!, ctx.Token);
            await ctx.Get<FeatureManager>().SetAsync(tenant, p.GetValue(name)!, p.GetValue(value)!, ctx.Token);
            ctx.Out.Result(new { tenant = tenant.Name, feature = p.GetValue(name), value = p.GetValue(value) }, $"Set {p.GetValue(name)} = {p.GetValue(value)} for '{tenant.Name}'.");
        }));
        var listTenant = new Option<string>("--tenant") { Description = "Tenant name.", Required = true };
        feature.Subcommands.Add(Verb("list", "List a tenant's feature values.", [], [listTenant], async (p, ctx) =>
        {
            var tenant = await ctx.Get<TenantManager>().GetByNameAsync(p.GetValue(listTenant)!, ctx.Token);
            var values = await ctx.Get<FeatureManager>().ListAsync(tenant, ctx.Token);
            ctx.Out.Table(values, v => $"{v.Name,-40} {v.Value,-12} ({v.Source})", "No features are defined by the loaded modules.");
        }));
        return feature;
    }

    private Command Admin()
    {
        var email = new Option<string>("--email") { Description = "Sign-in e-mail.", Required = true };
        var tenantOption = new Option<string?>("--tenant") { Description = "Tenant name (tenant admin); omit for a host admin." };
        var admin = new Command("admin", "Manage console users.");
        admin.Subcommands.Add(Verb("create", "Create a console user (password shown once).", [], [email, tenantOption], async (p, ctx) =>
        {
            var tenant = p.GetValue(tenantOption) is { } tenantName ? await ctx.Get<TenantManager>().GetByNameAsync(tenantName, ctx.Token) : null;
            var (user, password) = await ctx.Get<AdminUserManager>().CreateAsync(p.GetValue(email)!, tenant);
            ctx.Out.Result(new { email = user.Email, tenant = tenant?.Name, role = tenant is null ? ForgeRole.HostAdmin : ForgeRole.TenantAdmin, password },
                $"Created {(tenant is null ? "host admin" : $"tenant admin of '{tenant.Name}'")} {user.Email}. The password is shown once:", password);
        }));
        return admin;
    }

    private static TenantView View(Tenant t) => new(t.Id, t.Name, t.Edition, t.State.ToString().ToLowerInvariant(), t.CreatedAt);

    private Command Verb(string name, string description, Argument[] arguments, Option[] options,
        Func<ParseResult, CliContext, Task> run, bool migrateFirst = true)
    {
        var command = new Command(name, description);
        foreach (var argument in arguments) command.Arguments.Add(argument);
        foreach (var option in options) command.Options.Add(option);
        command.SetAction(async (parse, token) =>
        {
            await using var app = ForgeApplication.Build([], b =>
            {
                // stdout carries only the result (one JSON document, or text with the secret last).
                // Logs go to stderr, warnings and errors only, whatever appsettings.json sets for the
                // web host (its "Default": "Information" used to put migration logs into --json output).
                b.Logging.ClearProviders();
                b.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
                b.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
                // EF logs as errors the commands it expects to fail, e.g. reading the missing history
                // table when migrating a fresh PostgreSQL database (dotnet/efcore#37328). A command
                // that really fails throws, and the CLI prints that exception.
                b.Logging.AddFilter<ConsoleLoggerProvider>("Microsoft.EntityFrameworkCore.Database", LogLevel.None);
            });
            if (migrateFirst) await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(token);
            await using var scope = app.Services.CreateAsyncScope();
            await run(parse, new CliContext(scope.ServiceProvider, new CliOutput(parse.GetValue(json), stdout), token));
            return 0;
        });
        return command;
    }
}

internal sealed record CliContext(IServiceProvider Services, CliOutput Out, CancellationToken Token)
{
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();
}

internal sealed record TenantView(Guid Id, string Name, string Edition, string State, DateTime CreatedAt);
