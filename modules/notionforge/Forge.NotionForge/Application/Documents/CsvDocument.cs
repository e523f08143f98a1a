using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Application.Documents;

/// <summary>
/// A CSV upload as a page holding one database (ADR 52), read with CsvHelper (RFC 4180 quoting, the delimiter
/// detected among comma, semicolon, tab and pipe): the header names the properties, blank lines are skipped.
/// </summary>
internal static class CsvDocument
{
    public static BlueprintDto Convert(string title, string text)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t", "|"],
            BadDataFound = null,
            MissingFieldFound = null,
            IgnoreBlankLines = true,
        };
        var records = new List<IReadOnlyList<string>>();
        using (var reader = new CsvReader(new StringReader(text), config))
        {
            try
            {
                while (reader.Read())
                {
                    var record = reader.Parser.Record ?? [];
                    if (record.All(string.IsNullOrWhiteSpace)) continue;
                    records.Add(record);
                }
            }
            catch (CsvHelperException e)
            {
                throw NotionForgeErrors.InvalidInput(DocumentSniffer.Field, $"The CSV could not be read (row {e.Context?.Parser?.Row}): {e.Message.Split('\n')[0]}");
            }
        }

        if (records.Count == 0) throw NotionForgeErrors.InvalidInput(DocumentSniffer.Field, "The CSV has no header row.");
        var database = TableDatabase.Build(title, records[0], records.Skip(1).ToList());
        return new BlueprintDto
        {
            Title = title,
            Icon = "📊",
            TemplateType = "database",
            Blocks = [new BlockDto { Type = "database_ref", DbIndex = 0 }],
            Databases = [database],
        };
    }
}
