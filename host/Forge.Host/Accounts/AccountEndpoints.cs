using System.Text.Json.Serialization;
using Forge.Host.Platform;
using Microsoft.AspNetCore.Identity;

namespace Forge.Host.Accounts;

/// <summary>Console sign-in with ASP.NET Core Identity (cookie). The console itself is a later issue.</summary>
public static class AccountEndpoints
{
    public sealed record LoginRequest(string? Email, string? Password);

    /// <summary>The body of a successful sign-in (documentation of <c>LoginAsync</c>'s answer).</summary>
    public sealed record SignedIn(
        [property: JsonPropertyName("email")] string Email,
        [property: JsonPropertyName("tenant_id")] Guid? TenantId,
        [property: JsonPropertyName("roles")] IReadOnlyList<string> Roles);

    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/login", LoginAsync).AllowAnonymous()
            .WithName("signIn").WithSummary("Sign in to the console with e-mail and password (sets the session cookie).")
            .Produces<SignedIn>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status423Locked);
        group.MapPost("/logout", async (SignInManager<ForgeUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.NoContent();
        }).WithName("signOut").WithSummary("Sign out of the console (clears the session cookie).").Produces(StatusCodes.Status204NoContent);
    }

    private static async Task<IResult> LoginAsync(LoginRequest? request, SignInManager<ForgeUser> signIn, UserManager<ForgeUser> users)
    {
        if (string.IsNullOrWhiteSpace(request?.Email) || string.IsNullOrEmpty(request.Password))
            return PlatformProblem.Result(400, "Invalid request", "email and password are required.",
                new Dictionary<string, object?> { ["errors"] = new { email = request?.Email is null ? "required" : null, password = request?.Password is null ? "required" : null } });
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null)
            return PlatformProblem.Result(401, "Unauthorized", "E-mail or password is wrong.");
        var result = await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return PlatformProblem.Result(423, "Locked", "Too many failed sign-ins; try again later.");
        if (!result.Succeeded)
            return PlatformProblem.Result(401, "Unauthorized", "E-mail or password is wrong.");
        var roles = await users.GetRolesAsync(user);
        return Results.Ok(new SignedIn(user.Email!, user.TenantId, roles.ToList()));
    }
}
