package io.wirestream.consumer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A review aid that fails the build: the consumer's main code sends SQL only as prepared statements,
 * and whatever is concatenated into SQL text is one of a few reviewed expressions that hold no
 * user data (placeholder lists, a constant clause, table names from a constant list). A new
 * concatenation fails here until it is bound as a parameter or reviewed into {@link #REVIEWED}.
 * {@link SqlInjectionTest} checks the same rule at run time.
 */
class SqlSourceScanTest {

    static final Path MAIN = Path.of("src/main/java");

    /** Expressions concatenated into SQL text that hold no user data, and why. */
    static final Map<String, String> REVIEWED = Map.of(
            "WHERE", "TrendTables: a constant clause of literals and ? placeholders",
            "INSERT", "TrendTables: a constant INSERT statement of literals and ? placeholders",
            "in", "ArticleRepository: \" WHERE article_id IN (?, ?, ...)\", one placeholder per id",
            "String.join", "ArticleRepository: String.join(\", \", Collections.nCopies(n, \"?\")), placeholders only",
            "t", "ArticleRepository.rowCounts: table names from a constant List.of(...)");

    static final Pattern SQL_WORDS = Pattern.compile("(?i)\\b(select|insert|update|delete|where|from|values|order by|set|drop"
            + "|create|alter|merge|union|and|or)\\b");
    static final Pattern SQL_IN_CAPITALS = Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE|WHERE|FROM|VALUES|ORDER BY|SET|IN|AND"
            + "|OR|LIKE|JOIN|LIMIT|UNION|DROP|CREATE|ALTER|MERGE)\\b");
    static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    /** A literal followed by + and an operand that is not a literal. */
    static final Pattern LITERAL_PLUS = Pattern.compile("(\"(?:[^\"\\\\\\n]|\\\\.)*\")\\s*\\+\\s*(?!\")([A-Za-z_][\\w.]*)");
    /** An operand that is not a literal followed by + and a literal. */
    static final Pattern PLUS_LITERAL = Pattern.compile("([A-Za-z_][\\w.]*(?:\\([^()]*\\))?)\\s*\\+\\s*(\"(?:[^\"\\\\\\n]|\\\\.)*\")");
    static final Pattern SQL_BUILDER_APPEND = Pattern.compile("\\bsql\\.append\\(\\s*(?!\")([^;]*)\\);");
    static final Pattern RAW_STATEMENTS = Pattern.compile("createStatement\\(|prepareCall\\(|\\bStatement\\s+\\w+\\s*=|"
            + "\\.(execute|executeQuery|executeUpdate|executeLargeUpdate|addBatch)\\(\\s*[^)\\s]");

    @Test
    void shouldUseOnlyPreparedStatements() {
        List<String> found = new ArrayList<>();
        forEachLine((file, n, line) -> {
            if (RAW_STATEMENTS.matcher(line).find()) {
                found.add(file + ":" + n + ": " + line.trim());
            }
        });
        assertThat(found).as("plain JDBC statements (SQL text executed as given) in consumer main code").isEmpty();
    }

    @Test
    void shouldConcatenateIntoSqlOnlyReviewedExpressionsWithoutUserData() {
        List<String> unreviewed = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        forEachLine((file, n, line) -> {
            for (Pattern p : List.of(LITERAL_PLUS, PLUS_LITERAL)) {
                Matcher m = p.matcher(line);
                while (m.find()) {
                    String literal = p == LITERAL_PLUS ? m.group(1) : m.group(2);
                    String operand = (p == LITERAL_PLUS ? m.group(2) : m.group(1)).replaceAll("\\(.*", "");
                    if (!SQL_WORDS.matcher(literal).find() || looksLikeMessage(literal)) {
                        continue;
                    }
                    seen.add(operand);
                    if (!REVIEWED.containsKey(operand)) {
                        unreviewed.add(file + ":" + n + ": '" + operand + "' in " + line.trim());
                    }
                }
            }
            Matcher a = SQL_BUILDER_APPEND.matcher(line);
            if (a.find()) {
                unreviewed.add(file + ":" + n + ": sql.append(" + a.group(1) + ")");
            }
        });
        assertThat(unreviewed).as("non-literal SQL pieces: bind them as parameters, or review them into REVIEWED").isEmpty();
        assertThat(seen).as("the scan sees the reviewed concatenations (else it scans nothing)").contains("in", "WHERE", "t");
    }

    /** Exception and log messages that happen to contain "from" or "and" are no SQL: the project writes SQL in capitals. */
    static boolean looksLikeMessage(String literal) {
        return !SQL_IN_CAPITALS.matcher(literal).find();
    }

    @FunctionalInterface
    interface LineVisitor {
        void visit(Path file, int number, String line);
    }

    static void forEachLine(LineVisitor visitor) {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                boolean inComment = false;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (inComment) {
                        int end = line.indexOf("*/");
                        if (end < 0) {
                            continue;
                        }
                        line = line.substring(end + 2);
                        inComment = false;
                    }
                    line = line.replaceAll("/\\*.*?\\*/", "");
                    int open = line.indexOf("/*");
                    if (open >= 0) {
                        inComment = true;
                        line = line.substring(0, open);
                    }
                    line = stripLineComment(line);
                    visitor.visit(MAIN.relativize(f), i + 1, line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line without a trailing {@code //} comment (one outside string literals). */
    static String stripLineComment(String line) {
        Matcher m = STRING_LITERAL.matcher(line);
        int from = 0;
        StringBuilder code = new StringBuilder();
        while (m.find()) {
            String before = line.substring(from, m.start());
            int c = before.indexOf("//");
            if (c >= 0) {
                return code.append(before, 0, c).toString();
            }
            code.append(before).append(m.group());
            from = m.end();
        }
        String rest = line.substring(from);
        int c = rest.indexOf("//");
        return code.append(c >= 0 ? rest.substring(0, c) : rest).toString();
    }
}
