using Forge.Hosting.MultiTenancy;
using Forge.Hosting.ProductApi;
using Forge.Hosting.ProductApi.Paging;
using Microsoft.AspNetCore.DataProtection;

namespace Forge.Host.Tests.Paging;

/// <summary>
/// ADR 33 / ADR 23: a cursor round-trips its position (and a counted list's total), is opaque base64url text, and
/// anything else — garbage, an edited cursor, another list's or another tenant's — is the product's 400 naming the field.
/// </summary>
public sealed class KeysetCursorsTests
{
    private static readonly CursorScope Profiles = new("Fortune", "profiles");
    private static readonly DateTime At = new(2025, 1, 16, 9, 30, 0, 123, DateTimeKind.Utc);
    private readonly IDataProtectionProvider _provider = new EphemeralDataProtectionProvider();
    private readonly CurrentTenant _tenant = new();

    private KeysetCursors Cursors => new(_provider, _tenant);

    [Fact]
    public void A_position_round_trips_as_url_safe_text()
    {
        using var _ = _tenant.Change(Guid.NewGuid());
        var cursor = Cursors.Encode(Profiles, At, "prf_a|b");

        cursor.ShouldMatch("^[A-Za-z0-9_-]+$");
        Cursors.Decode(Profiles, cursor).ShouldBe(new KeysetPosition(At, "prf_a|b"));
        Cursors.Decode(Profiles, null).ShouldBeNull();
        Cursors.Decode(Profiles, "").ShouldBeNull();
    }

    [Fact]
    public void A_counted_cursor_carries_its_total_for_the_same_filters_only()
    {
        var position = Cursors.Decode(Profiles, Cursors.Encode(Profiles, At, "prf_1", 42, "fire\n\n"))!;

        position.At.ShouldBe(At);
        position.Id.ShouldBe("prf_1");
        position.TotalFor("fire\n\n").ShouldBe(42);
        position.TotalFor("water\n\n").ShouldBeNull();
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("")]
    public void Garbage_is_a_400_naming_the_field(string suffix)
    {
        var cursor = Cursors.Encode(Profiles, At, "prf_1");
        var edited = suffix.Length == 0 ? cursor[..^2] + (cursor[^2] == 'A' ? "B" : "A") + cursor[^1] : suffix;

        var refusal = Should.Throw<ProductApiException>(() => Cursors.Decode(Profiles, edited, "after"));
        refusal.Status.ShouldBe(400);
        refusal.Code.ShouldBe(ProductJson.InvalidField);
        refusal.Field.ShouldBe("after");
        refusal.Message.ShouldStartWith("after ");
    }

    [Fact]
    public void Another_lists_or_another_tenants_cursor_does_not_open()
    {
        var owner = Guid.NewGuid();
        string cursor;
        using (_tenant.Change(owner)) cursor = Cursors.Encode(Profiles, At, "prf_1");

        using (_tenant.Change(Guid.NewGuid()))
            Should.Throw<ProductApiException>(() => Cursors.Decode(Profiles, cursor)).Field.ShouldBe("cursor");
        using (_tenant.Change(owner))
        {
            Cursors.Decode(Profiles, cursor).ShouldNotBeNull();
            Should.Throw<ProductApiException>(() => Cursors.Decode(new CursorScope("Fortune", "webhooks"), cursor)).Field.ShouldBe("cursor");
            Should.Throw<ProductApiException>(() => Cursors.Decode(new CursorScope("Analysis", "profiles"), cursor)).Field.ShouldBe("cursor");
        }
    }
}
