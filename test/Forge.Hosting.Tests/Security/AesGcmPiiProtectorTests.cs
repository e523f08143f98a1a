using System.Security.Cryptography;
using Forge.Hosting.Security;

namespace Forge.Hosting.Tests.Security;

public sealed class AesGcmPiiProtectorTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private readonly AesGcmPiiProtector _protector = new(Key);

    [Theory]
    [InlineData("")]
    [InlineData("jane@example.com")]
    [InlineData("홍길동, 1990년 5월 15일 오전 10시 30분 (양력), 서울특별시")]
    [InlineData("emoji 🙂 and\nnew lines\t")]
    public void Round_trip_returns_the_original_text(string plaintext)
    {
        var protectedValue = _protector.Protect(plaintext);

        _protector.Unprotect(protectedValue).ShouldBe(plaintext);
    }

    [Fact]
    public void The_stored_form_is_versioned_and_does_not_contain_the_plaintext()
    {
        var protectedValue = _protector.Protect("홍길동 secret");

        protectedValue.ShouldStartWith("v1.");
        protectedValue.ShouldNotContain("secret");
        protectedValue.ShouldNotContain("홍길동");
    }

    [Fact]
    public void Two_encryptions_of_the_same_value_differ()
    {
        var first = _protector.Protect("홍길동");
        var second = _protector.Protect("홍길동");

        first.ShouldNotBe(second);
        _protector.Unprotect(first).ShouldBe(_protector.Unprotect(second));
    }

    [Theory]
    [InlineData(0)]   // nonce
    [InlineData(12)]  // tag
    [InlineData(28)]  // first ciphertext byte
    public void A_tampered_value_is_rejected(int byteToFlip)
    {
        var payload = Convert.FromBase64String(_protector.Protect("홍길동 1990-05-15")["v1.".Length..]);
        payload[byteToFlip] ^= 0x01;

        ShouldThrowCryptographic(() => _protector.Unprotect("v1." + Convert.ToBase64String(payload)));
    }

    [Fact]
    public void A_value_protected_with_another_key_is_rejected()
    {
        var foreign = new AesGcmPiiProtector(RandomNumberGenerator.GetBytes(32)).Protect("홍길동");

        ShouldThrowCryptographic(() => _protector.Unprotect(foreign));
    }

    [Theory]
    [InlineData("홍길동")]                 // plaintext, never protected
    [InlineData("v2.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // unknown version
    [InlineData("v1.not*base64!")]
    [InlineData("v1.AAAAAAAAAAAAAAAAAAAA")] // 15 bytes: shorter than nonce + tag
    [InlineData("")]
    public void A_value_in_the_wrong_format_is_rejected(string value)
    {
        ShouldThrowCryptographic(() => _protector.Unprotect(value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(24)]
    [InlineData(31)]
    [InlineData(33)]
    public void The_key_must_be_32_bytes(int length)
    {
        var error = Should.Throw<ArgumentException>(() => new AesGcmPiiProtector(new byte[length]));

        error.ParamName.ShouldBe("key");
    }

    [Fact]
    public void Changing_the_callers_key_array_afterwards_does_not_change_the_protector()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var protector = new AesGcmPiiProtector(key);
        var protectedValue = protector.Protect("홍길동");

        Array.Clear(key);

        protector.Unprotect(protectedValue).ShouldBe("홍길동");
    }

    // AuthenticationTagMismatchException derives from CryptographicException; callers catch the base.
    private static void ShouldThrowCryptographic(Action action)
    {
        var error = Should.Throw<Exception>(action);
        error.ShouldBeAssignableTo<CryptographicException>();
    }
}
