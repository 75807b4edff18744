package io.wirestream.producer;

import io.wirestream.producer.input.ArticleReader;
import io.wirestream.producer.input.InputDefaults;
import io.wirestream.producer.input.InputEntry;
import io.wirestream.producer.input.InputFormat;
import io.wirestream.schemas.RawArticle;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 1,000 NDJSON lines of which 50 are broken in ten different ways (every 20th line), and what a
 * correct producer must make of them: the 950 good articles, normalized, and the 50 line numbers
 * with the field each one gets wrong.
 */
final class MixedBatch {

    static final int LINES = 1000;

    /** Line number → (field, fragment of the problem) for every broken line. */
    final Map<Long, String[]> broken = new TreeMap<>();
    final byte[] ndjson;

    MixedBatch(String runId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 1; i <= LINES; i++) {
            String url = "https://example.com/" + runId + "/" + i;
            String good = "{\"url\": \"" + url + "?utm_source=batch\", \"source\": \"batch\", \"title\": \"Article " + i
                    + "\", \"body\": \"Body of article " + i + ".\\n\\nSecond paragraph.\", \"published\": \"2024-03-15T10:00:00Z\","
                    + " \"fetched\": \"2024-03-15T11:00:00Z\", \"authors\": [\"Reporter " + (i % 7) + "\"], \"language\": \"en\","
                    + " \"metadata\": {\"n\": " + i + "}}";
            byte[] line = (i % 20 == 0 ? brokenLine(i, url) : good).getBytes(StandardCharsets.UTF_8);
            if (i % 200 == 100) {
                line = withLatin1Byte(url);
                broken.put((long) i, new String[] {"encoding", "not valid UTF-8"});
            }
            out.writeBytes(line);
            out.write('\n');
        }
        ndjson = out.toByteArray();
    }

    private String brokenLine(int i, String url) {
        String[][] kinds = {
                {"json", "not valid JSON", "{\"url\": \"" + url + "\", \"body\": \"unterminated}"},
                {"body", "missing", "{\"url\": \"" + url + "\", \"title\": \"no body\"}"},
                {"url", "http(s)", "{\"url\": \"ftp://example.com/" + i + "\", \"body\": \"x\"}"},
                {"published", "in the future", "{\"url\": \"" + url + "\", \"body\": \"x\", \"published\": \"2999-01-01\"}"},
                {"language", "BCP 47", "{\"url\": \"" + url + "\", \"body\": \"x\", \"language\": \"english!\"}"},
                {"authors", "array of strings", "{\"url\": \"" + url + "\", \"body\": \"x\", \"authors\": 42}"},
                {"published", "before 1900", "{\"url\": \"" + url + "\", \"body\": \"x\", \"published\": \"1850-01-01\"}"},
                {"json", "must be a JSON object", "[\"" + url + "\"]"},
                {"body", "empty", "{\"url\": \"" + url + "\", \"body\": \"\\u0000 \\t \"}"},
                {"source", "missing", "{\"body\": \"no url, no source " + i + "\"}"}};
        String[] k = kinds[(i / 20) % kinds.length];
        broken.put((long) i, new String[] {k[0], k[1]});
        return k[2];
    }

    private static byte[] withLatin1Byte(String url) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("{\"url\": \"" + url + "\", \"body\": \"caf").getBytes(StandardCharsets.UTF_8));
        b.write(0xE9);
        b.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    /** The articles the 950 good lines must become, by id. */
    Map<String, RawArticle> expected() {
        ArticleNormalizer normalizer = new ArticleNormalizer();
        Map<String, RawArticle> out = new LinkedHashMap<>();
        List<InputEntry> entries = new ArticleReader(Limits.DEFAULTS).read(ndjson, InputFormat.NDJSON, "batch", InputDefaults.NONE);
        for (InputEntry e : entries) {
            if (!broken.containsKey(e.origin().line()) && e instanceof InputEntry.Draft d) {
                RawArticle a = ((Validation.Valid) normalizer.normalize(d.draft())).article();
                out.put(a.getId(), a);
            }
        }
        return out;
    }
}
