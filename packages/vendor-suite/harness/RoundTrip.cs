// Round-trips example records through the quicktype-generated C# types (Newtonsoft.Json):
// each record is read into its typed class and written back.
// Usage: mono RoundTrip.exe SOURCE TARGET [--jtoken-parse] (prints the count).
using System;
using System.IO;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Czt;

public static class RoundTrip
{
    // The generated settings: DateParseHandling.None keeps dates as the strings they are.
    static readonly JsonSerializer Serializer = JsonSerializer.Create(Converter.Settings);

    static Type TypeOf(string recordType)
    {
        switch (recordType)
        {
            case "person": return typeof(Person);
            case "enrolment": return typeof(Enrolment);
            case "transfer": return typeof(Transfer);
            case "assistance": return typeof(Assistance);
            case "header": return typeof(JsonLinesHeader);
            default: throw new ArgumentException("unknown recordType " + recordType);
        }
    }

    // "--jtoken-parse": Newtonsoft's default date parsing, to show what DateParseHandling.None prevents.
    static bool jtokenParse;

    /// JSON as a tree, with the generated settings (JToken.Parse would turn dates into DateTime).
    static JToken Parse(string json)
    {
        if (jtokenParse) return JToken.Parse(json);
        using (var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None })
        {
            return JToken.ReadFrom(reader);
        }
    }

    static JToken Typed(JToken record)
    {
        var typed = record.ToObject(TypeOf((string)record["recordType"]), Serializer);
        return JToken.FromObject(typed, Serializer);
    }

    public static int Main(string[] args)
    {
        string source = args[0], target = args[1];
        jtokenParse = args.Length > 2 && args[2] == "--jtoken-parse";
        var encoding = new UTF8Encoding(false);
        var output = new StringBuilder();
        var count = 0;
        if (source.EndsWith(".jsonl"))
        {
            foreach (var line in File.ReadAllLines(source, encoding))
            {
                if (line.Trim().Length == 0) continue;
                output.Append(Typed(Parse(line)).ToString(Formatting.None)).Append('\n');
                count++;
            }
        }
        else
        {
            var package = (JObject)Parse(File.ReadAllText(source, encoding));
            var records = new JArray();
            foreach (var record in package["records"])
            {
                records.Add(Typed(record));
                count++;
            }
            package["records"] = records;
            output.Append(package.ToString(Formatting.None));
        }
        File.WriteAllText(target, output.ToString(), encoding);
        Console.WriteLine(count);
        return 0;
    }
}
