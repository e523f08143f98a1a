namespace Forge.Fortune.Tests.Simple;

/// <summary>Bodies for the v0 daily fortune: Kim's pillars (1990-05-15 14:30, male) as a saju object.</summary>
internal static class SimpleDailyApi
{
    public static string Pillar(string stem, string branch) => $$$"""{"stem":{"hangul":"{{{stem}}}"},"branch":{"hangul":"{{{branch}}}"}}""";

    public static string Saju(string? year = null, string? month = null, string? day = null, string? hour = "null", string? extra = null) =>
        $$$"""{"pillars":{"year":{{{year ?? Pillar("경", "오")}}},"month":{{{month ?? Pillar("신", "사")}}},"day":{{{day ?? Pillar("경", "진")}}},"hour":{{{hour}}}}{{{extra}}}}""";

    public static readonly string KimSaju = Saju(hour: Pillar("계", "미"));

    public static string Body(string? saju = null, string user = "\"userName\":\"김민수\"", string extra = ",\"date\":\"2025-01-16\"") =>
        $$$"""{"saju":{{{saju ?? KimSaju}}},{{{user}}}{{{extra}}}}""";
}
