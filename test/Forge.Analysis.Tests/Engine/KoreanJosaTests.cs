using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

public sealed class KoreanJosaTests
{
    [Theory]
    [InlineData("Java", "Java를")]
    [InlineData("Kotlin", "Kotlin을")]
    [InlineData("Spring", "Spring을")]
    [InlineData("MySQL", "MySQL을")]
    [InlineData("AWS", "AWS를")]
    [InlineData("도커", "도커를")]
    [InlineData("쿠버네티스 운영", "쿠버네티스 운영을")]
    public void Object_particle_follows_the_final_sound(string word, string expected) => KoreanJosa.Object(word).ShouldBe(expected);

    [Fact]
    public void Topic_and_subject_particles()
    {
        KoreanJosa.Topic("Kafka").ShouldBe("Kafka는");
        KoreanJosa.Topic("Python").ShouldBe("Python은");
        KoreanJosa.Subject("협업").ShouldBe("협업이");
        KoreanJosa.Subject("리더십").ShouldBe("리더십이");
        KoreanJosa.Subject("Docker").ShouldBe("Docker가");
    }
}
