using System.Net;
using Forge.Host.Webhooks;

namespace Forge.Host.Tests;

public sealed class WebhookPrivateAddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]             // loopback
    [InlineData("127.255.0.9", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("10.1.2.3", true)]              // RFC 1918
    [InlineData("172.16.0.1", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("172.15.0.1", false)]
    [InlineData("172.32.0.1", false)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]       // link-local: cloud metadata
    [InlineData("100.64.0.1", true)]            // carrier-grade NAT
    [InlineData("100.128.0.1", false)]
    [InlineData("224.0.0.1", true)]             // multicast
    [InlineData("255.255.255.255", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("1.1.1.1", false)]
    [InlineData("::1", true)]
    [InlineData("::", true)]
    [InlineData("fe80::1", true)]               // link-local
    [InlineData("fc00::1", true)]               // unique local
    [InlineData("fd12:3456::1", true)]
    [InlineData("ff02::1", true)]               // multicast
    [InlineData("::ffff:10.0.0.1", true)]       // IPv4-mapped private
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("::ffff:8.8.8.8", false)]
    [InlineData("2001:4860:4860::8888", false)]
    [InlineData("64:ff9b::10.0.0.1", true)]      // NAT64 to a private address
    [InlineData("64:ff9b::a9fe:a9fe", true)]     // NAT64 to 169.254.169.254
    [InlineData("64:ff9b::8.8.8.8", false)]
    [InlineData("64:ff9b:1::a00:1", true)]       // local-use NAT64
    [InlineData("2002:7f00:1::1", true)]         // 6to4 around 127.0.0.1
    [InlineData("2002:0808:0808::1", false)]
    [InlineData("::192.168.0.1", true)]          // IPv4-compatible
    public void IsPrivate_classifies_addresses(string address, bool isPrivate) =>
        PrivateAddressGuard.IsPrivate(IPAddress.Parse(address)).ShouldBe(isPrivate, address);
}
