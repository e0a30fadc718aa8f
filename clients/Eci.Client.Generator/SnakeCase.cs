using System.Globalization;
using System.Text;

namespace Eci.Client.Generator;

/// <summary>Turns the API's snake_case names into C# ones.</summary>
internal static class SnakeCase
{
    public static string ToPascal(string name)
    {
        var result = new StringBuilder(name.Length);
        foreach (var word in name.Split(['_', '-', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            result.Append(char.ToUpper(word[0], CultureInfo.InvariantCulture)).Append(word, 1, word.Length - 1);
        }

        return result.ToString();
    }

    public static string ToCamel(string name)
    {
        var pascal = ToPascal(name);
        return pascal.Length == 0 ? pascal : char.ToLower(pascal[0], CultureInfo.InvariantCulture) + pascal[1..];
    }
}
