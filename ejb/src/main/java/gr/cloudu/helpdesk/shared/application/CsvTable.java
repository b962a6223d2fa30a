package gr.cloudu.helpdesk.shared.application;

import gr.cloudu.helpdesk.shared.domain.BusinessException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV file as onboarding spreadsheets produce it: RFC 4180 quoting (commas, quotes and line breaks inside
 * quotes), a header row naming the columns in any order and case, comma or semicolon as separator (Greek
 * Excel writes semicolons), an optional UTF-8 byte-order mark, blank lines ignored.
 */
public final class CsvTable {

    /** One data row, with the line it started on for error messages. */
    public record Row(int line, Map<String, String> values) {

        public String get(String column) {
            String value = values.get(column.toLowerCase(Locale.ROOT));
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    public List<Row> rows() {
        return rows;
    }

    public static CsvTable parse(String text, List<String> requiredColumns) {
        String content = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstBreak = content.indexOf('\n');
        String header = firstBreak < 0 ? content : content.substring(0, firstBreak);
        char separator = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw BusinessException.invalid("file", "csv_unclosed_quote", recordLine);
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
        if (records.isEmpty()) {
            throw BusinessException.invalid("file", "csv_empty");
        }
        List<String> columns = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String required : requiredColumns) {
            if (!columns.contains(required.toLowerCase(Locale.ROOT))) {
                throw BusinessException.invalid("file", "csv_missing_column", required);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            if (values.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> byColumn = new HashMap<>();
            for (int c = 0; c < columns.size() && c < values.size(); c++) {
                byColumn.put(columns.get(c), values.get(c));
            }
            rows.add(new Row(lines.get(r), byColumn));
        }
        return new CsvTable(rows);
    }

    /** A yes/no cell: yes, true, 1, ναι, x mean yes; empty means the default. */
    public static boolean yes(String value, boolean otherwise) {
        return Optional.ofNullable(value).map(v -> v.strip().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty())
                .map(v -> List.of("yes", "y", "true", "1", "ναι", "ν", "x").contains(v))
                .orElse(otherwise);
    }
}
