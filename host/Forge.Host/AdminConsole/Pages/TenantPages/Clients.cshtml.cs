using Forge.Host.Audit;
using Forge.Host.OAuth;
using Forge.Host.Platform;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Mvc;

namespace Forge.Host.AdminConsole.Pages.TenantPages;

/// <summary>A tenant's OAuth clients: the secret once on creation; revocation stops its tokens.</summary>
public sealed class ClientsModel(OAuthClientManager clients, AuditLog audit, IProductCatalog products) : TenantPageModel
{
    public IReadOnlyList<string> ScopeOptions => products.All.Select(p => p.Scope).ToList();

    [BindProperty] public List<string> Scopes { get; set; } = [];

    public IReadOnlyList<OAuthClient> Clients { get; private set; } = [];
    public string? CreatedClientId { get; private set; }
    public string? CreatedSecret { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (Scopes.Count == 0) ShowError(nameof(Scopes), "Choose at least one product the client may call.");
        if (ModelState.IsValid)
        {
            try
            {
                var (client, secret) = await audit.RecordAsync(Actor, AuditActions.OAuthClientCreated, Tenant.Id, "", $"scopes {string.Join(' ', Scopes)}",
                    () => clients.CreateAsync(Tenant, Scopes, HttpContext.RequestAborted), created => created.Client.ClientId);
                (CreatedClientId, CreatedSecret) = (client.ClientId, secret);
                Scopes = [];
                ModelState.Clear();
            }
            catch (PlatformValidationException e) { ShowError(nameof(Scopes), e.Message); }
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string clientId)
    {
        try
        {
            await audit.RecordAsync(Actor, AuditActions.OAuthClientRevoked, Tenant.Id, clientId, null,
                () => clients.RevokeAsync(Tenant, clientId, HttpContext.RequestAborted));
        }
        catch (PlatformNotFoundException)
        {
            return NotFound();
        }
        return RedirectWithFlash($"Client {clientId} is revoked.");
    }

    private async Task LoadAsync() => Clients = await clients.ListAsync(Tenant, HttpContext.RequestAborted);
}
