using System.Net;
using Forge.Host.Webhooks;
using Microsoft.Extensions.Options;

namespace Forge.Host.Tests;

/// <summary>
/// Every IPv6 form that embeds an IPv4 address is judged by that address: by the rule itself, at
/// registration (IP literal and DNS name) and at delivery (the connect-time guard, after resolution).
/// </summary>
public sealed class WebhookEmbeddedIPv4Tests
{
    // (IPv6 form, embedded IPv4 is private)
    public static TheoryData<string, bool> Forms => new()
    {
        { "::ffff:127.0.0.1", true },            // IPv4-mapped
        { "::ffff:10.1.2.3", true },
        { "::ffff:8.8.8.8", false },
        { "::ffff:0:127.0.0.1", true },          // IPv4-translated (SIIT)
        { "::ffff:0:169.254.169.254", true },
        { "::ffff:0:8.8.8.8", false },
        { "::127.0.0.1", true },                 // IPv4-compatible
        { "::192.168.0.1", true },
        { "::8.8.8.8", false },
        { "2002:7f00:1::1", true },              // 6to4 around 127.0.0.1
        { "2002:c0a8:0101::1", true },           // 6to4 around 192.168.1.1
        { "2002:0808:0808::1", false },          // 6to4 around 8.8.8.8
        { "64:ff9b::10.0.0.1", true },           // NAT64 well-known /96
        { "64:ff9b::a9fe:a9fe", true },          // NAT64 to 169.254.169.254
        { "64:ff9b::8.8.8.8", false },
        { "64:ff9b:1::10.0.0.1", true },         // NAT64 local-use 64:ff9b:1::/48, /96 layout
        { "64:ff9b:1::8.8.8.8", false },
        { "64:ff9b:1:abcd:0:ff::", true },       // local-use, u-octet not zero: no readable layout
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_rule_judges_the_embedded_address(string address, bool isPrivate) =>
        PrivateAddressGuard.IsPrivate(IPAddress.Parse(address)).ShouldBe(isPrivate, address);

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Registration_judges_an_IP_literal_by_the_embedded_address(string address, bool isPrivate)
    {
        var problem = await Policy(new FixedResolver()).FindProblemAsync($"https://[{address}]/hooks");
        (problem is not null).ShouldBe(isPrivate, problem ?? address);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Registration_judges_a_name_by_the_embedded_address_it_resolves_to(string address, bool isPrivate)
    {
        var problem = await Policy(new FixedResolver(("hooks.example.test", address))).FindProblemAsync("https://hooks.example.test/in");
        (problem is not null).ShouldBe(isPrivate, problem ?? address);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Delivery_connects_only_to_addresses_whose_embedded_address_is_public(string address, bool isPrivate) =>
        PrivateAddressGuard.Allowed([IPAddress.Parse(address)], allowPrivateTargets: false).Length.ShouldBe(isPrivate ? 0 : 1);

    [Theory]
    [InlineData("::ffff:0:127.0.0.1")]
    [InlineData("::127.0.0.1")]
    [InlineData("2002:7f00:1::1")]
    [InlineData("64:ff9b::7f00:1")]
    [InlineData("64:ff9b:1::127.0.0.1")]
    public async Task Delivery_refuses_a_name_resolving_to_an_embedded_loopback_before_connecting(string address)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = new HttpClient(PrivateAddressGuard.CreateHandler(false, new FixedResolver(("hooks.example.test", address))));

        var failure = await Should.ThrowAsync<HttpRequestException>(() =>
            client.PostAsync($"http://hooks.example.test:{receiver.BaseAddress.Port}/hooks", new StringContent("{}")));

        IsRefusal(failure).ShouldBeTrue(failure.ToString());
        receiver.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task Delivery_refuses_an_embedded_loopback_literal_resolved_by_the_system()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = new HttpClient(PrivateAddressGuard.CreateHandler(false));

        var failure = await Should.ThrowAsync<HttpRequestException>(() =>
            client.PostAsync($"http://[::ffff:0:127.0.0.1]:{receiver.BaseAddress.Port}/hooks", new StringContent("{}")));

        IsRefusal(failure).ShouldBeTrue(failure.ToString());
        receiver.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task Delivery_lets_a_public_embedded_address_through_to_the_network()
    {
        // 192.0.2.0/24 would be refused as documentation space; 8.8.8.8 inside 6to4 is public. Whether the
        // network then reaches it does not matter here: the guard must not be what stops it.
        using var client = new HttpClient(PrivateAddressGuard.CreateHandler(false, new FixedResolver(("hooks.example.test", "2002:0808:0808::1"))))
        {
            Timeout = TimeSpan.FromSeconds(3),
        };

        var failure = await Record.ExceptionAsync(() => client.PostAsync("http://hooks.example.test:9/hooks", new StringContent("{}")));

        if (failure is not null) IsRefusal(failure).ShouldBeFalse(failure.ToString());
    }

    private static WebhookTargetPolicy Policy(WebhookHostResolver resolver) =>
        new(Options.Create(new WebhookOptions { AllowPrivateTargets = false }), resolver);

    private static bool IsRefusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is PrivateTargetException) return true;
        return false;
    }

    /// <summary>A resolver for names the machine's DNS cannot be made to answer; IP literals parse as the system's would.</summary>
    private sealed class FixedResolver(params (string Host, string Address)[] entries) : WebhookHostResolver
    {
        public override Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
            IPAddress.TryParse(host, out var literal) ? Task.FromResult(new[] { literal })
            : entries.Where(e => e.Host == host).Select(e => IPAddress.Parse(e.Address)).ToArray() is { Length: > 0 } found ? Task.FromResult(found)
            : throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound);
    }
}
