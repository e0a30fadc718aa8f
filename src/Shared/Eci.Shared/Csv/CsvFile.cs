using System.Text;

namespace Eci.Shared.Csv;

/// <summary>One data row of a CSV file: its line number (the header is line 1) and its fields by column name.</summary>
public sealed record CsvRow(int Line, IReadOnlyDictionary<string, string> Fields)
{
    public string this[string column] => Fields.TryGetValue(column, out var value) ? value : string.Empty;
}

/// <summary>A small RFC 4180 reader (quoted fields, doubled quotes, CRLF) for the seed files.</summary>
public static class CsvFile
{
    /// <summary>Reads every row; fails when a required column is missing from the header.</summary>
    public static async Task<IReadOnlyList<CsvRow>> ReadAsync(string path, IReadOnlyCollection<string> requiredColumns, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return Parse(text, requiredColumns, path);
    }

    public static IReadOnlyList<CsvRow> Parse(string text, IReadOnlyCollection<string> requiredColumns, string source = "input")
    {
        var records = SplitRecords(text.TrimStart('\uFEFF'));
        if (records.Count == 0)
        {
            throw new InvalidDataException($"{source} is empty; expected a header with {string.Join(", ", requiredColumns)}.");
        }

        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = requiredColumns.Where(c => !header.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidDataException($"{source} lacks the column(s) {string.Join(", ", missing)}.");
        }

        return records.Skip(1)
            .Where(r => r.Fields.Any(f => f.Length > 0))
            .Select(r => new CsvRow(r.Line, header
                .Select((name, i) => (name, value: i < r.Fields.Count ? r.Fields[i].Trim() : string.Empty))
                .DistinctBy(p => p.name)
                .ToDictionary(p => p.name, p => p.value)))
            .ToList();
    }

    private static List<(int Line, List<string> Fields)> SplitRecords(string text)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                records.Add((recordLine, fields));
                fields = [];
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }

        return records;
    }
}
