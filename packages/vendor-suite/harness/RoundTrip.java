// Round-trips example records through the quicktype-generated Java types: each record is read
// into its typed class and written back. Usage: java RoundTrip SOURCE TARGET (prints the count).
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import czt.*;

public class RoundTrip {
    // Absent optional fields stay absent (Jackson writes explicit nulls otherwise), and dates
    // stay ISO 8601 strings (Jackson has no java.time support without jsr310).
    static final ObjectMapper MAPPER = new ObjectMapper()
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .registerModule(new SimpleModule()
            .addSerializer(LocalDate.class, ToStringSerializer.instance)
            .addDeserializer(LocalDate.class, new FromStringDeserializer<LocalDate>(LocalDate.class) {
                @Override
                protected LocalDate _deserialize(String value, DeserializationContext context) {
                    return LocalDate.parse(value);
                }
            }));

    static Class<?> typeOf(String recordType) {
        switch (recordType) {
            case "person": return Person.class;
            case "enrolment": return Enrolment.class;
            case "transfer": return Transfer.class;
            case "assistance": return Assistance.class;
            case "header": return JSONLinesHeader.class;
            default: throw new IllegalArgumentException("unknown recordType " + recordType);
        }
    }

    static JsonNode roundTrip(JsonNode record) throws Exception {
        Object typed = MAPPER.treeToValue(record, typeOf(record.get("recordType").asText()));
        return MAPPER.readTree(MAPPER.writeValueAsString(typed));
    }

    public static void main(String[] args) throws Exception {
        // "--with-nulls": Jackson's default inclusion, to show what NON_NULL prevents.
        if (args.length > 2 && args[2].equals("--with-nulls")) MAPPER.setSerializationInclusion(JsonInclude.Include.ALWAYS);
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        int count = 0;
        StringBuilder out = new StringBuilder();
        if (source.toString().endsWith(".jsonl")) {
            for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                out.append(MAPPER.writeValueAsString(roundTrip(MAPPER.readTree(line)))).append('\n');
                count++;
            }
        } else {
            ObjectNode pkg = (ObjectNode) MAPPER.readTree(Files.readString(source, StandardCharsets.UTF_8));
            ArrayNode records = MAPPER.createArrayNode();
            for (JsonNode record : pkg.get("records")) {
                records.add(roundTrip(record));
                count++;
            }
            pkg.set("records", records);
            out.append(MAPPER.writeValueAsString(pkg));
        }
        Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
        System.out.println(count);
    }
}
