using System.Globalization;
using Forge.Hosting.Features;

namespace Forge.Hosting.Tests.Features;

public sealed class FeatureDefinitionTests
{
    [Fact]
    public void WithEdition_returns_a_copy_and_leaves_the_original_unchanged()
    {
        var original = FeatureDefinition.Boolean("Fortune.EnterpriseApi", false);

        var enterprise = original.WithEdition("enterprise", "true");

        enterprise.EditionValues["enterprise"].ShouldBe("true");
        original.EditionValues.ShouldBeEmpty();
        enterprise.Name.ShouldBe(original.Name);
        enterprise.DefaultValue.ShouldBe("false");
    }

    [Fact]
    public void WithEdition_accumulates_and_the_last_value_for_an_edition_wins()
    {
        var feature = FeatureDefinition.Integer("Fortune.DailyRequests", 100)
            .WithEdition("free", "100")
            .WithEdition("pro", "10000")
            .WithEdition("FREE", "50");

        feature.EditionValues.Count.ShouldBe(2);
        feature.EditionValues["free"].ShouldBe("50");
        feature.EditionValues["pro"].ShouldBe("10000");
    }

    [Fact]
    public void Edition_names_are_case_insensitive()
    {
        var feature = FeatureDefinition.String("Analysis.Model", "haiku").WithEdition("Enterprise", "sonnet");

        feature.EditionValues["enterprise"].ShouldBe("sonnet");
        feature.EditionValues["ENTERPRISE"].ShouldBe("sonnet");
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("False", true)]
    [InlineData("TRUE", true)]
    [InlineData("yes", false)]
    [InlineData("1", false)]
    [InlineData("", false)]
    public void A_boolean_feature_accepts_only_booleans(string value, bool accepted)
    {
        FeatureDefinition.Boolean("F", false).Accepts(value).ShouldBe(accepted);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("42", true)]
    [InlineData("-7", true)]
    [InlineData("9223372036854775807", true)]
    [InlineData("9223372036854775808", false)] // long.MaxValue + 1
    [InlineData("1.5", false)]
    [InlineData("1,000", false)]
    [InlineData("ten", false)]
    [InlineData("", false)]
    public void An_integer_feature_accepts_only_64_bit_integers(string value, bool accepted)
    {
        FeatureDefinition.Integer("F", 0).Accepts(value).ShouldBe(accepted);
    }

    [Theory]
    [InlineData("")]
    [InlineData("anything at all")]
    [InlineData("사주")]
    public void A_string_feature_accepts_any_value(string value)
    {
        FeatureDefinition.String("F", "x").Accepts(value).ShouldBeTrue();
    }

    [Fact]
    public void Factories_write_defaults_in_the_invariant_format_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        odd.NumberFormat.NegativeSign = "~";
        CultureInfo.CurrentCulture = odd;
        try
        {
            var integer = FeatureDefinition.Integer("F", -5);

            integer.DefaultValue.ShouldBe("-5");
            integer.Accepts("-5").ShouldBeTrue();
            integer.Accepts("~5").ShouldBeFalse();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        FeatureDefinition.Boolean("F", true).DefaultValue.ShouldBe("true");
        FeatureDefinition.Boolean("F", false).DefaultValue.ShouldBe("false");
    }

    [Fact]
    public void Factories_set_the_value_type()
    {
        FeatureDefinition.Boolean("B", true).ValueType.ShouldBe(FeatureValueType.Boolean);
        FeatureDefinition.Integer("I", 1).ValueType.ShouldBe(FeatureValueType.Integer);
        FeatureDefinition.String("S", "s").ValueType.ShouldBe(FeatureValueType.String);
    }
}
