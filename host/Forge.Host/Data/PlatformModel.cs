using Forge.Host.Accounts;
using Forge.Host.ApiKeys;
using Forge.Host.Audit;
using Forge.Host.Caching;
using Forge.Host.BackgroundJobs;
using Forge.Host.Credits;
using Forge.Host.Features;
using Forge.Host.OAuth;
using Forge.Host.Tenants;
using Forge.Host.Usage;
using Forge.Host.Webhooks;
using Forge.Hosting.Credits;
using Forge.Hosting.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Data;

/// <summary>Table names, keys and indexes of the platform's entities.</summary>
internal static class PlatformModel
{
    public const string BackgroundJobsTable = "platform_background_jobs";
    public const string CreditReservationsTable = "platform_credit_reservations";
    public const string ChangeVersionTable = "platform_change_version";

    // Conditions for the plain "anything to do?" reads that come before a context is built (ADR 67, ADR 77).
    /// <summary>A job record that is running or waiting to run.</summary>
    public const string UnfinishedJobs = $"\"State\" IN ('{nameof(BackgroundJobState.Running)}', '{nameof(BackgroundJobState.Pending)}')";
    /// <summary>A credit reservation nobody has settled yet.</summary>
    public const string HeldReservations = $"\"State\" = '{nameof(CreditReservationState.Held)}'";

    public static void Configure(ModelBuilder b)
    {
        b.Entity<ForgeUser>(e =>
        {
            e.ToTable("platform_users");
            e.HasIndex(u => u.TenantId);
        });
        b.Entity<ForgeRole>().ToTable("platform_roles");
        b.Entity<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>().ToTable("platform_data_protection_keys");
        b.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>>().ToTable("platform_user_roles");
        b.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("platform_user_claims");
        b.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("platform_user_logins");
        b.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("platform_user_tokens");
        b.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<Guid>>().ToTable("platform_role_claims");

        b.Entity<AuditEntry>(e =>
        {
            e.ToTable("platform_audit_entries");
            e.Property(a => a.Actor).HasMaxLength(256);
            e.Property(a => a.Action).HasMaxLength(64);
            e.Property(a => a.Target).HasMaxLength(256);
            e.Property(a => a.Details).HasMaxLength(1024);
            e.Property(a => a.IpAddress).HasMaxLength(64);
            // The console lists newest first, for everyone or for one tenant.
            e.HasIndex(a => a.At);
            e.HasIndex(a => new { a.TenantId, a.At });
        });
        b.Entity<Tenant>(e =>
        {
            e.ToTable("platform_tenants");
            e.Property(t => t.Name).HasMaxLength(64);
            e.Property(t => t.NormalizedName).HasMaxLength(64);
            e.HasIndex(t => t.NormalizedName).IsUnique();
            e.Property(t => t.Edition).HasMaxLength(16);
            e.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
        });
        b.Entity<ApiKey>(e =>
        {
            e.ToTable("platform_api_keys");
            e.HasIndex(k => k.KeyId).IsUnique();
            e.Property(k => k.KeyId).HasMaxLength(32);
            e.Property(k => k.Product).HasMaxLength(16);
            e.Property(k => k.Hint).HasMaxLength(48);
            e.Property(k => k.SecretHash).HasMaxLength(32);
            e.Property(k => k.Permissions).HasMaxLength(256);
            e.Property(k => k.State).HasConversion<string>().HasMaxLength(16);
        });
        b.Entity<OAuthClient>(e =>
        {
            e.ToTable("platform_oauth_clients");
            e.HasIndex(c => c.ClientId).IsUnique();
            e.Property(c => c.ClientId).HasMaxLength(100);
            e.Property(c => c.Scopes).HasMaxLength(200);
        });
        b.Entity<TenantFeatureValue>(e =>
        {
            e.ToTable("platform_feature_values");
            e.HasIndex(f => new { f.TenantId, f.Name }).IsUnique();
            e.Property(f => f.Name).HasMaxLength(128);
            e.Property(f => f.Value).HasMaxLength(256);
        });
        b.Entity<CreditAccount>(e =>
        {
            e.ToTable("platform_credit_accounts");
            e.HasIndex(a => a.TenantId).IsUnique();
        });
        b.Entity<CreditEntry>(e =>
        {
            e.ToTable("platform_credit_entries");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Reference).HasMaxLength(128);
            e.Property(x => x.Reason).HasMaxLength(256);
            // A grant is idempotent by its reference, like every other ledger call.
            e.HasIndex(x => new { x.TenantId, x.Kind, x.Reference }).IsUnique();
        });
        b.Entity<CreditHold>(e =>
        {
            e.ToTable(CreditReservationsTable);
            e.Property(x => x.Reference).HasMaxLength(128);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => new { x.TenantId, x.Reference }).IsUnique();
            e.HasIndex(x => new { x.State, x.ExpiresAt });
        });
        b.Entity<UsageDailyRow>(e =>
        {
            e.ToTable("platform_usage_daily");
            e.Property(x => x.Product).HasMaxLength(16);
            e.Property(x => x.RouteTemplate).HasMaxLength(256);
            e.HasIndex(x => new { x.TenantId, x.Product, x.RouteTemplate, x.Day }).IsUnique();
        });
        b.Entity<BackgroundJobRecord>(e =>
        {
            e.ToTable(BackgroundJobsTable);
            e.Property(x => x.JobName).HasMaxLength(256);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            // The lease sweeper's scans: running by lease expiry, pending by queue time.
            e.HasIndex(x => new { x.State, x.LeaseExpiresAt });
            e.HasIndex(x => new { x.State, x.QueuedAt });
        });
        b.Entity<WebhookDelivery>(e =>
        {
            e.ToTable("platform_webhook_deliveries");
            e.Property(x => x.Url).HasMaxLength(2048);
            e.Property(x => x.EventType).HasMaxLength(128);
            e.Property(x => x.SignatureHeader).HasMaxLength(128);
            e.Property(x => x.Reference).HasMaxLength(200);
            e.Property(x => x.OwnerProduct).HasMaxLength(WebhookOwner.MaxProductLength);
            e.Property(x => x.OwnerKind).HasMaxLength(WebhookOwner.MaxKindLength);
            e.Property(x => x.OwnerId).HasMaxLength(WebhookOwner.MaxIdLength);
            e.Ignore(x => x.Owner);
            e.Ignore(x => x.RetryPolicy);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => x.TenantId);
            // One delivery per reference: a sender that enqueues again (a retried job, a sweeper) gets the first.
            e.HasIndex(x => x.Reference).IsUnique();
        });
        b.Entity<PlatformChangeVersion>(e =>
        {
            e.ToTable(ChangeVersionTable);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasData(new PlatformChangeVersion { Id = PlatformChangeVersion.SingleRowId, Version = 0 });
        });
        b.Entity<Forge.Host.AI.AiCallRow>(e =>
        {
            e.ToTable("platform_ai_calls");
            e.Property(x => x.Product).HasMaxLength(32);
            e.Property(x => x.Alias).HasMaxLength(64);
            e.Property(x => x.Provider).HasMaxLength(64);
            e.Property(x => x.Model).HasMaxLength(128);
            e.Property(x => x.Outcome).HasMaxLength(32);
            // Read by window, for everyone or one tenant and product (status pages, reports).
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.TenantId, x.Product, x.At });
        });
    }
}
