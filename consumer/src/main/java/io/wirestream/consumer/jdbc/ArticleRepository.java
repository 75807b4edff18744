package io.wirestream.consumer.jdbc;

import io.wirestream.consumer.ArticleFinder;
import io.wirestream.consumer.ArticleQuery;
import io.wirestream.schemas.Amount;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.EntityType;
import io.wirestream.schemas.Mention;
import io.wirestream.schemas.Quote;
import io.wirestream.schemas.TemporalExpression;
import io.wirestream.schemas.TimexType;
import io.wirestream.schemas.TopicTag;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads articles back out of the sink's tables: searches ({@link ArticleQuery}, the dashboard's
 * search box when it has a database) and whole {@link EnrichedArticle}s rebuilt from their rows,
 * equal to what was consumed. The tables are the contract for people who query them with SQL;
 * this class is the contract's proof that nothing is lost on the way in.
 */
public final class ArticleRepository implements ArticleFinder {

    private final Database database;

    public ArticleRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<EnrichedArticle> find(ArticleQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT a.id FROM articles a WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        q.topic().ifPresent(t -> {
            sql.append(" AND EXISTS (SELECT 1 FROM topics t WHERE t.article_id = a.id AND (t.code = ? OR LOWER(t.label) = ?))");
            args.add(t);
            args.add(t.toLowerCase(java.util.Locale.ROOT));
        });
        q.entity().ifPresent(e -> {
            sql.append(" AND EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND (LOWER(e.name) = ? OR e.link_id = ?))");
            args.add(e.toLowerCase(java.util.Locale.ROOT));
            args.add(e);
        });
        q.source().ifPresent(s -> {
            sql.append(" AND LOWER(a.source) = ?");
            args.add(s.toLowerCase(java.util.Locale.ROOT));
        });
        q.since().ifPresent(s -> {
            sql.append(" AND COALESCE(a.published_at, a.fetched_at) >= ?");
            args.add(java.time.OffsetDateTime.ofInstant(s, java.time.ZoneOffset.UTC));
        });
        q.text().ifPresent(x -> {
            sql.append(" AND (LOWER(a.title) LIKE ? ESCAPE '!' OR LOWER(a.body) LIKE ? ESCAPE '!')");
            String like = "%" + x.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            args.add(like);
            args.add(like);
        });
        sql.append(" ORDER BY COALESCE(a.published_at, a.fetched_at) DESC, a.id LIMIT ?");
        args.add(q.limit());
        try (Connection c = database.dataSource().getConnection()) {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            Map<String, EnrichedArticle> loaded = load(c, ids);
            c.rollback();
            return ids.stream().map(loaded::get).filter(java.util.Objects::nonNull).toList();
        }
    }

    /** The article as it was consumed, if the database has it. */
    public Optional<EnrichedArticle> get(String id) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            Optional<EnrichedArticle> a = Optional.ofNullable(load(c, List.of(id)).get(id));
            c.rollback();
            return a;
        }
    }

    /** Number of rows in each of the sink's tables, for tests and the demo's summary. */
    public Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = database.dataSource().getConnection()) {
            for (String t : List.of("articles", "article_authors", "article_metadata", "article_timings", "entities",
                    "entity_mentions", "dates", "topics", "quotes", "amounts", "trend_windows")) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + t); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
            c.rollback();
        }
        return out;
    }

    private static Map<String, EnrichedArticle> load(Connection c, Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String in = " WHERE article_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        Map<String, EnrichedArticle.Builder> builders = new LinkedHashMap<>();
        query(c, "SELECT * FROM articles WHERE id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")",
                ids, rs -> builders.put(rs.getString("id"), EnrichedArticle.newBuilder()
                        .setId(rs.getString("id"))
                        .setUrl(rs.getString("url"))
                        .setSource(rs.getString("source"))
                        .setTitle(rs.getString("title"))
                        .setBody(rs.getString("body"))
                        .setLanguage(rs.getString("language"))
                        .setPublishedAt(Sql.getInstant(rs, "published_at"))
                        .setFetchedAt(Sql.getInstant(rs, "fetched_at"))
                        .setWordCount(rs.getInt("word_count"))
                        .setDuplicateOf(rs.getString("duplicate_of"))
                        .setEnricherVersion(rs.getString("enricher_version"))
                        .setEnrichedAt(Sql.getInstant(rs, "enriched_at"))));
        Map<String, List<String>> authors = new HashMap<>();
        query(c, "SELECT article_id, name FROM article_authors" + in + " ORDER BY article_id, ordinal", ids,
                rs -> authors.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        Map<String, Map<String, String>> metadata = new HashMap<>();
        query(c, "SELECT article_id, meta_key, meta_value FROM article_metadata" + in, ids,
                rs -> metadata.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3)));
        Map<String, Map<String, Long>> timings = new HashMap<>();
        query(c, "SELECT article_id, stage, micros FROM article_timings" + in, ids,
                rs -> timings.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3)));
        Map<String, Map<Integer, List<Mention>>> mentions = new HashMap<>();
        query(c, "SELECT article_id, entity_ordinal, start_offset, end_offset, text FROM entity_mentions" + in
                + " ORDER BY article_id, entity_ordinal, ordinal", ids,
                rs -> mentions.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                        .computeIfAbsent(rs.getInt(2), k -> new ArrayList<>())
                        .add(new Mention(rs.getInt(3), rs.getInt(4), rs.getString(5))));
        Map<String, List<Entity>> entities = new HashMap<>();
        query(c, "SELECT * FROM entities" + in + " ORDER BY article_id, ordinal", ids, rs -> {
            String article = rs.getString("article_id");
            entities.computeIfAbsent(article, k -> new ArrayList<>()).add(Entity.newBuilder()
                    .setId(rs.getString("entity_id"))
                    .setName(rs.getString("name"))
                    .setType(EntityType.valueOf(rs.getString("type")))
                    .setSubtype(rs.getString("subtype"))
                    .setLinkId(rs.getString("link_id"))
                    .setMentions(mentions.getOrDefault(article, Map.of()).getOrDefault(rs.getInt("ordinal"), List.of()))
                    .setCount(rs.getInt("mention_count"))
                    .setSalience(rs.getDouble("salience"))
                    .build());
        });
        Map<String, List<TemporalExpression>> dates = new HashMap<>();
        query(c, "SELECT * FROM dates" + in + " ORDER BY article_id, ordinal", ids,
                rs -> dates.computeIfAbsent(rs.getString("article_id"), k -> new ArrayList<>()).add(TemporalExpression
                        .newBuilder().setText(rs.getString("text")).setStart(rs.getInt("start_offset"))
                        .setEnd(rs.getInt("end_offset")).setValue(rs.getString("iso_value"))
                        .setType(TimexType.valueOf(rs.getString("type"))).setResolved(rs.getBoolean("resolved")).build()));
        Map<String, List<TopicTag>> topics = new HashMap<>();
        query(c, "SELECT * FROM topics" + in + " ORDER BY article_id, ordinal", ids,
                rs -> topics.computeIfAbsent(rs.getString("article_id"), k -> new ArrayList<>())
                        .add(new TopicTag(rs.getString("code"), rs.getString("label"), rs.getDouble("score"))));
        Map<String, List<Quote>> quotes = new HashMap<>();
        query(c, "SELECT * FROM quotes" + in + " ORDER BY article_id, ordinal", ids,
                rs -> quotes.computeIfAbsent(rs.getString("article_id"), k -> new ArrayList<>())
                        .add(new Quote(rs.getString("text"), rs.getInt("start_offset"), rs.getInt("end_offset"),
                                rs.getString("speaker"), rs.getString("speaker_entity_id"))));
        Map<String, List<Amount>> amounts = new HashMap<>();
        query(c, "SELECT * FROM amounts" + in + " ORDER BY article_id, ordinal", ids,
                rs -> amounts.computeIfAbsent(rs.getString("article_id"), k -> new ArrayList<>())
                        .add(new Amount(rs.getString("text"), rs.getInt("start_offset"), rs.getInt("end_offset"),
                                rs.getDouble("amount"), rs.getString("unit"), rs.getString("currency"),
                                rs.getString("counted"))));
        Map<String, EnrichedArticle> out = new LinkedHashMap<>();
        builders.forEach((id, b) -> out.put(id, b
                .setAuthors(authors.getOrDefault(id, List.of()))
                .setMetadata(metadata.getOrDefault(id, Map.of()))
                .setTimings(timings.getOrDefault(id, Map.of()))
                .setEntities(entities.getOrDefault(id, List.of()))
                .setDates(dates.getOrDefault(id, List.of()))
                .setTopics(topics.getOrDefault(id, List.of()))
                .setQuotes(quotes.getOrDefault(id, List.of()))
                .setAmounts(amounts.getOrDefault(id, List.of()))
                .build()));
        return out;
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, Collection<String> ids, RowReader reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String id : ids) {
                ps.setString(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }
}
