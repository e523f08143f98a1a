using System.Security.Cryptography;
using Forge.Host.Platform;
using Forge.Host.Tenants;
using Microsoft.AspNetCore.Identity;

namespace Forge.Host.Accounts;

/// <summary>Creates console users: a host admin, or a tenant admin when a tenant is given.</summary>
public sealed class AdminUserManager(UserManager<ForgeUser> users, RoleManager<ForgeRole> roles)
{
    public async Task<(ForgeUser User, string Password)> CreateAsync(string email, Tenant? tenant, string? password = null)
    {
        email = email?.Trim() ?? "";
        if (!System.Net.Mail.MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
            throw new PlatformValidationException("email", $"'{email}' is not an e-mail address.");
        if (await users.FindByEmailAsync(email) is not null)
            throw new PlatformConflictException($"A user with e-mail '{email}' already exists.");

        password ??= GeneratePassword();
        var role = tenant is null ? ForgeRole.HostAdmin : ForgeRole.TenantAdmin;
        if (!await roles.RoleExistsAsync(role))
            EnsureSucceeded(await roles.CreateAsync(new ForgeRole { Id = Guid.CreateVersion7(), Name = role }), "role");

        var user = new ForgeUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, TenantId = tenant?.Id };
        EnsureSucceeded(await users.CreateAsync(user, password), "password");
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user); // nothing half-created
            EnsureSucceeded(added, "role");
        }
        return (user, password);
    }

    private static string GeneratePassword() =>
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 16) + "-" +
        RandomNumberGenerator.GetString("0123456789", 2) + RandomNumberGenerator.GetString("!#%+=?", 1);

    private static void EnsureSucceeded(IdentityResult result, string field)
    {
        if (!result.Succeeded)
            throw new PlatformValidationException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
