package io.wirestream.consumer.jdbc;

import io.wirestream.schemas.Amount;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.Mention;
import io.wirestream.schemas.Quote;
import io.wirestream.schemas.TemporalExpression;
import io.wirestream.schemas.TopicTag;
import io.wirestream.consumer.RecordPosition;
import io.wirestream.consumer.SinkRecord.ArticleRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes enriched articles into the normalized tables. An upsert by article id is a delete of the
 * article (its child rows go with it, {@code ON DELETE CASCADE}) followed by inserts of the new
 * rows, all in the caller's transaction: a re-delivered or re-enriched article replaces every row
 * it had, including findings the new version no longer has, and portable SQL serves PostgreSQL
 * and H2 alike. Each table gets one JDBC batch per call.
 */
final class ArticleTables {

    private ArticleTables() {
    }

    /** Upserts the articles; when an id repeats, the last record wins. Does not commit. */
    static void upsert(Connection c, List<ArticleRecord> records, Instant now) throws SQLException {
        Map<String, ArticleRecord> latest = new LinkedHashMap<>();
        for (ArticleRecord r : records) {
            latest.remove(r.article().getId());
            latest.put(r.article().getId(), r);
        }
        Collection<ArticleRecord> rows = latest.values();
        Sql.batch(c, "DELETE FROM articles WHERE id = ?", latest.keySet(), (ps, id) -> ps.setString(1, id));
        Sql.batch(c, """
                INSERT INTO articles (id, url, source, title, body, language, published_at, fetched_at, word_count,
                    duplicate_of, enricher_version, enriched_at, kafka_topic, kafka_partition, kafka_offset, sunk_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, (ps, r) -> {
            EnrichedArticle a = r.article();
            RecordPosition at = r.position();
            ps.setString(1, a.getId());
            Sql.setText(ps, 2, a.getUrl());
            ps.setString(3, a.getSource());
            Sql.setText(ps, 4, a.getTitle());
            ps.setString(5, a.getBody());
            ps.setString(6, a.getLanguage());
            Sql.setInstant(ps, 7, a.getPublishedAt());
            Sql.setInstant(ps, 8, a.getFetchedAt());
            ps.setInt(9, a.getWordCount());
            Sql.setText(ps, 10, a.getDuplicateOf());
            ps.setString(11, a.getEnricherVersion());
            Sql.setInstant(ps, 12, a.getEnrichedAt());
            ps.setString(13, at.topic());
            ps.setInt(14, at.partition());
            ps.setLong(15, at.offset());
            Sql.setInstant(ps, 16, now);
        });
        Sql.batch(c, "INSERT INTO article_authors (article_id, ordinal, name) VALUES (?, ?, ?)",
                children(rows, a -> a.getAuthors()), (ps, x) -> {
                    ps.setString(1, x.articleId());
                    ps.setInt(2, x.ordinal());
                    ps.setString(3, x.value());
                });
        Sql.batch(c, "INSERT INTO article_metadata (article_id, meta_key, meta_value) VALUES (?, ?, ?)",
                children(rows, a -> List.copyOf(a.getMetadata().entrySet())), (ps, x) -> {
                    ps.setString(1, x.articleId());
                    ps.setString(2, x.value().getKey());
                    ps.setString(3, x.value().getValue());
                });
        Sql.batch(c, "INSERT INTO article_timings (article_id, stage, micros) VALUES (?, ?, ?)",
                children(rows, a -> List.copyOf(a.getTimings().entrySet())), (ps, x) -> {
                    ps.setString(1, x.articleId());
                    ps.setString(2, x.value().getKey());
                    ps.setLong(3, x.value().getValue());
                });
        List<Child<Entity>> entities = children(rows, EnrichedArticle::getEntities);
        Sql.batch(c, """
                INSERT INTO entities (article_id, ordinal, entity_id, name, type, subtype, link_id, mention_count, salience)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", entities, (ps, x) -> {
            Entity e = x.value();
            ps.setString(1, x.articleId());
            ps.setInt(2, x.ordinal());
            ps.setString(3, e.getId());
            ps.setString(4, e.getName());
            ps.setString(5, e.getType().name());
            Sql.setText(ps, 6, e.getSubtype());
            Sql.setText(ps, 7, e.getLinkId());
            ps.setInt(8, e.getCount());
            ps.setDouble(9, e.getSalience());
        });
        record EntityMention(Child<Entity> entity, int ordinal, Mention mention) {
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (Child<Entity> e : entities) {
            List<Mention> ms = e.value().getMentions();
            for (int i = 0; i < ms.size(); i++) {
                mentions.add(new EntityMention(e, i, ms.get(i)));
            }
        }
        Sql.batch(c, """
                INSERT INTO entity_mentions (article_id, entity_ordinal, ordinal, start_offset, end_offset, text)
                VALUES (?, ?, ?, ?, ?, ?)""", mentions, (ps, m) -> {
            ps.setString(1, m.entity().articleId());
            ps.setInt(2, m.entity().ordinal());
            ps.setInt(3, m.ordinal());
            ps.setInt(4, m.mention().getStart());
            ps.setInt(5, m.mention().getEnd());
            ps.setString(6, m.mention().getText());
        });
        Sql.batch(c, """
                INSERT INTO dates (article_id, ordinal, text, start_offset, end_offset, iso_value, type, resolved)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", children(rows, EnrichedArticle::getDates), (ps, x) -> {
            TemporalExpression t = x.value();
            ps.setString(1, x.articleId());
            ps.setInt(2, x.ordinal());
            ps.setString(3, t.getText());
            ps.setInt(4, t.getStart());
            ps.setInt(5, t.getEnd());
            ps.setString(6, t.getValue());
            ps.setString(7, t.getType().name());
            ps.setBoolean(8, t.getResolved());
        });
        Sql.batch(c, "INSERT INTO topics (article_id, ordinal, code, label, score) VALUES (?, ?, ?, ?, ?)",
                children(rows, EnrichedArticle::getTopics), (ps, x) -> {
                    TopicTag t = x.value();
                    ps.setString(1, x.articleId());
                    ps.setInt(2, x.ordinal());
                    ps.setString(3, t.getCode());
                    ps.setString(4, t.getLabel());
                    ps.setDouble(5, t.getScore());
                });
        Sql.batch(c, """
                INSERT INTO quotes (article_id, ordinal, text, start_offset, end_offset, speaker, speaker_entity_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", children(rows, EnrichedArticle::getQuotes), (ps, x) -> {
            Quote q = x.value();
            ps.setString(1, x.articleId());
            ps.setInt(2, x.ordinal());
            ps.setString(3, q.getText());
            ps.setInt(4, q.getStart());
            ps.setInt(5, q.getEnd());
            Sql.setText(ps, 6, q.getSpeaker());
            Sql.setText(ps, 7, q.getSpeakerEntityId());
        });
        Sql.batch(c, """
                INSERT INTO amounts (article_id, ordinal, text, start_offset, end_offset, amount, unit, currency, counted)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", children(rows, EnrichedArticle::getAmounts), (ps, x) -> {
            Amount a = x.value();
            ps.setString(1, x.articleId());
            ps.setInt(2, x.ordinal());
            ps.setString(3, a.getText());
            ps.setInt(4, a.getStart());
            ps.setInt(5, a.getEnd());
            ps.setDouble(6, a.getValue());
            Sql.setText(ps, 7, a.getUnit());
            Sql.setText(ps, 8, a.getCurrency());
            Sql.setText(ps, 9, a.getObject());
        });
    }

    /** One element of an article's list, with its article and position. */
    private record Child<T>(String articleId, int ordinal, T value) {
    }

    private static <T> List<Child<T>> children(Collection<ArticleRecord> rows,
            java.util.function.Function<EnrichedArticle, List<T>> list) {
        List<Child<T>> out = new ArrayList<>();
        for (ArticleRecord r : rows) {
            List<T> items = list.apply(r.article());
            for (int i = 0; i < items.size(); i++) {
                out.add(new Child<>(r.article().getId(), i, items.get(i)));
            }
        }
        return out;
    }
}
