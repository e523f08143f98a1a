using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Application.Documents;

/// <summary>
/// A table (a CSV file, a Markdown table) as a blueprint database (ADR 52): the first column is the title, the
/// others get inferred types (<see cref="ColumnTypes"/>), every row becomes a row. Header names are trimmed, made
/// non-blank and unique case-insensitively (Notion matches names that way); a row without a title gets "Row N".
/// </summary>
internal static class TableDatabase
{
    public const int MaxColumns = 100;
    public const int MaxNameLength = 100;

    public static DatabaseDto Build(string title, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (header.Count > MaxColumns)
            throw NotionForgeErrors.InvalidInput(DocumentSniffer.Field, $"The table has {header.Count} columns; at most {MaxColumns} can become properties.");
        var names = Names(header);
        string Cell(IReadOnlyList<string> row, int c) => c < row.Count ? row[c].Trim() : "";

        var properties = new List<PropertyDto> { new() { Name = names[0], Type = "title" } };
        for (var c = 1; c < names.Count; c++)
        {
            var cells = rows.Select(r => Cell(r, c)).ToList();
            var type = ColumnTypes.Infer(cells);
            properties.Add(new PropertyDto
            {
                Name = names[c],
                Type = type,
                Options = type == "select"
                    ? cells.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Select(v => new SelectOptionDto { Name = v }).ToList()
                    : null,
            });
        }

        var sampleRows = rows.Select((row, r) => new SampleRowDto
        {
            Values = properties.Select((p, c) => (p, Cell: c == 0 && Cell(row, 0).Length == 0 ? $"Row {r + 1}" : Cell(row, c)))
                .Where(x => x.Cell.Length > 0)
                .ToDictionary(x => x.p.Name, x => ColumnTypes.Value(x.p.Type, x.Cell)),
        }).ToList();

        return new DatabaseDto
        {
            Title = title,
            Icon = "📄",
            Properties = properties,
            Views = [new ViewDto { Type = "table", Title = "Table" }],
            SampleRows = sampleRows,
        };
    }

    private static List<string> Names(IReadOnlyList<string> header)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        for (var i = 0; i < Math.Max(1, header.Count); i++)
        {
            var name = i < header.Count ? header[i].Trim() : "";
            if (name.Length > MaxNameLength) name = name[..MaxNameLength].TrimEnd();
            if (name.Length == 0) name = i == 0 ? "Name" : $"Column {i + 1}";
            var unique = name;
            for (var n = 2; !seen.Add(unique); n++) unique = $"{name} {n}";
            names.Add(unique);
        }

        return names;
    }
}
