package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.consumer.jdbc.ArticleRepository;
import io.wirestream.consumer.jdbc.Database;
import io.wirestream.schemas.ArticleId;
import io.wirestream.schemas.EnrichedArticle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code wirestream demo --exit-when-done} on a folder of the user's own articles, end to end. */
class DemoCommandIT {

    @TempDir
    Path dir;

    private static String json(String url, String title, String body) {
        return new ObjectMapper().createObjectNode().put("url", url).put("source", "test-desk").put("title", title)
                .put("body", body).put("published", "2026-11-20T09:00:00Z").toString();
    }

    @Test
    void shouldAccountForEveryArticleAndSinkThemIntoTheEmbeddedDatabase() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("my-articles"));
        Files.writeString(articles.resolve("desk.ndjson"), String.join("\n",
                json("https://news.example/a", "Port strike ends", "Dock workers in Rotterdam ended a three-day strike on "
                        + "Friday after the union, led by Marta Jansen, accepted a 6 per cent pay rise. \"We got what we "
                        + "came for,\" Jansen said. Shipping firms had lost about €40 million, according to the port."),
                json("https://news.example/b", "Storm closes schools", "Heavy snow closed 120 schools across Ontario on "
                        + "Tuesday. Officials in Toronto said buses would run again next week."),
                "{\"url\": \"https://news.example/broken\", \"body\": ",
                json("https://news.example/a?utm_source=mail#top", "Port strike ends", "Sent again with tracking.")),
                StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("note.txt"), "date 2026-11-19\nThe council of Leeds approved 1,200 new homes "
                + "last week, councillor Amir Shah said on Wednesday.\n", StandardCharsets.UTF_8);
        Path summaryFile = dir.resolve("summary.json");
        Path data = dir.resolve("data");

        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        CommandLine cl = WirestreamCommand.commandLine(new String[0], Map.of());
        DemoCommand demo = cl.getSubcommands().get("demo").getCommand();
        demo.out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        int exit = cl.execute("demo", "--exit-when-done", "--articles", articles.toString(), "--data-dir", data.toString(),
                "--dashboard-port", "0", "--summary-json", summaryFile.toString(), "--timeout", "3m");

        assertThat(exit).as(stdout.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode s = new ObjectMapper().readTree(summaryFile.toFile());
        assertThat(s.get("published").asInt()).isEqualTo(3);
        assertThat(s.get("rejected").asInt()).isEqualTo(1);
        assertThat(s.get("rejections").get(0).asText()).contains("desk.ndjson:3").contains("not valid JSON");
        assertThat(s.get("producerDuplicates").asInt()).isEqualTo(1);
        assertThat(s.get("enriched").asInt()).isEqualTo(3);
        assertThat(s.get("deadLetters").asInt()).isEqualTo(2);
        assertThat(s.get("sunk").asInt()).isEqualTo(3);
        assertThat(s.get("accountedFor").asBoolean()).isTrue();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("every record accounted for").contains("dashboard:");
        assertThat(Files.list(data.resolve("jsonl")).toList()).isNotEmpty();

        try (Database db = new Database(Database.Config.of(Database.h2FileUrl(data.resolve("db").resolve("wirestream")
                .toAbsolutePath())))) {
            ArticleRepository repo = new ArticleRepository(db);
            EnrichedArticle strike = repo.get(ArticleId.forUrl("https://news.example/a")).orElseThrow();
            assertThat(strike.getTitle()).isEqualTo("Port strike ends");
            assertThat(strike.getSource()).isEqualTo("test-desk");
            assertThat(strike.getEntities()).extracting(e -> e.getName()).contains("Marta Jansen", "Rotterdam");
            assertThat(strike.getQuotes()).extracting(q -> q.getSpeaker()).contains("Marta Jansen");
            assertThat(strike.getAmounts()).extracting(a -> a.getCurrency()).contains("EUR");
            assertThat(repo.get(ArticleId.forUrl("https://news.example/b"))).isPresent();
            assertThat(repo.rowCounts()).containsEntry("articles", 3L);
        }
    }
}
