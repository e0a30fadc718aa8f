using Eci.Shared.Csv;
using Xunit;

namespace Eci.Shared.Tests;

public sealed class CsvFileShould
{
    [Fact]
    public void Read_quoted_fields_and_number_rows_by_their_line()
    {
        var rows = CsvFile.Parse("id,name\r\n1,\"Smith, \"\"Jo\"\"\"\r\n\r\n2,plain\n", ["id", "name"]);

        Assert.Equal(2, rows.Count);
        Assert.Equal("Smith, \"Jo\"", rows[0]["name"]);
        Assert.Equal(2, rows[0].Line);
        Assert.Equal("plain", rows[1]["name"]);
        Assert.Equal(4, rows[1].Line);
    }

    [Fact]
    public void Count_lines_inside_quoted_fields()
    {
        var rows = CsvFile.Parse("id,note\n1,\"two\nlines\"\n2,x", ["id"]);

        Assert.Equal("two\nlines", rows[0]["note"]);
        Assert.Equal(4, rows[1].Line);
    }

    [Fact]
    public void Give_missing_trailing_fields_as_empty()
    {
        var row = Assert.Single(CsvFile.Parse("a,b,c\n1", ["a"]));

        Assert.Equal("1", row["a"]);
        Assert.Equal(string.Empty, row["c"]);
    }

    [Fact]
    public void Refuse_a_file_without_a_required_column()
    {
        var error = Assert.Throws<InvalidDataException>(() => CsvFile.Parse("id,title\n1,x", ["id", "name"], "products.csv"));

        Assert.Contains("name", error.Message, StringComparison.Ordinal);
        Assert.Contains("products.csv", error.Message, StringComparison.Ordinal);
    }
}
