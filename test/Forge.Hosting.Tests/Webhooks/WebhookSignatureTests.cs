using System.Security.Cryptography;
using System.Text;
using Forge.Hosting.Webhooks;

namespace Forge.Hosting.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    // RFC 4231, test case 2 (HMAC-SHA-256).
    private const string RfcKey = "Jefe";
    private const string RfcData = "what do ya want for nothing?";
    private const string RfcMac = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    private static readonly byte[] RfcBody = Encoding.ASCII.GetBytes(RfcData);

    [Fact]
    public void Compute_matches_the_rfc_4231_test_vector()
    {
        WebhookSignature.Compute(RfcKey, RfcBody).ShouldBe(RfcMac);
    }

    [Fact]
    public void Compute_is_lowercase_hex_hmac_sha256_of_the_raw_utf8_body()
    {
        const string secret = "whsec_테스트";
        var body = Encoding.UTF8.GetBytes("""{"event":"fortune.completed","name":"홍길동"}""");
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

        WebhookSignature.Compute(secret, body).ShouldBe(expected);
    }

    [Theory]
    [InlineData(RfcMac)]
    [InlineData("5BDCC146BF60754E6A042426089575C75A003F089D2739839DEC58B964EC3843")]
    [InlineData(" " + RfcMac + "\n")]
    public void Verify_accepts_the_correct_signature(string signature)
    {
        WebhookSignature.Verify(RfcKey, RfcBody, signature).ShouldBeTrue();
    }

    [Fact]
    public void Verify_rejects_a_changed_body()
    {
        var changed = Encoding.ASCII.GetBytes(RfcData + " ");

        WebhookSignature.Verify(RfcKey, changed, RfcMac).ShouldBeFalse();
    }

    [Fact]
    public void Verify_rejects_another_secret()
    {
        WebhookSignature.Verify("jefe", RfcBody, RfcMac).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec384")]    // one digit short
    [InlineData("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec38430")]  // one digit long
    [InlineData("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3844")]   // last digit changed
    public void Verify_rejects_a_wrong_signature(string signature)
    {
        WebhookSignature.Verify(RfcKey, RfcBody, signature).ShouldBeFalse();
    }
}
