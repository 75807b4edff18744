package io.wirestream.producer.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.producer.ArticleNormalizer;
import io.wirestream.producer.Limits;
import io.wirestream.producer.Validation;
import io.wirestream.schemas.RawArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

    final ArticleReader reader = new ArticleReader(Limits.DEFAULTS);
    final ArticleNormalizer normalizer = new ArticleNormalizer();

    List<Validation> feed(String fixture) {
        return reader.read(Fixtures.bytes(fixture), InputFormat.FEED, fixture, InputDefaults.NONE).stream()
                .map(e -> normalizer.normalize(((InputEntry.Draft) e).draft())).toList();
    }

    static RawArticle valid(Validation v) {
        assertThat(v).isInstanceOf(Validation.Valid.class);
        return ((Validation.Valid) v).article();
    }

    @Test
    void shouldReadOneArticlePerRssItem() {
        List<Validation> items = feed("feed-rss.xml");
        assertThat(items).hasSize(3);
        RawArticle first = valid(items.get(0));
        assertThat(first.getTitle()).isEqualTo("Rates held steady");
        assertThat(first.getUrl()).isEqualTo("https://wire.example.org/2024/05/02/rates");
        assertThat(first.getBody()).isEqualTo("The central bank held rates at 4.5 per cent.\n\nMarkets had expected the move.");
        assertThat(first.getPublishedAt()).isEqualTo(Instant.parse("2024-05-02T14:00:00Z"));
        assertThat(first.getAuthors()).containsExactly("John Carter");
        assertThat(first.getSource()).isEqualTo("Example Wire");
        assertThat(first.getLanguage()).isEqualTo("en-US");
        assertThat(first.getMetadata()).containsEntry("categories", "Economy, Banks");

        RawArticle second = valid(items.get(1));
        assertThat(second.getTitle()).isEqualTo("Storm warning & evacuations");
        assertThat(second.getBody()).as("full content wins over the description")
                .isEqualTo("Officials ordered evacuations along the coast.\n\nThe storm is expected to make landfall on Friday.");
        assertThat(second.getPublishedAt()).isEqualTo(Instant.parse("2024-05-03T11:30:00Z"));

        assertThat(items.get(2)).as("an item without text").isInstanceOfSatisfying(Validation.Invalid.class,
                i -> assertThat(i.errors().get(0).field()).isEqualTo("body"));
    }

    @Test
    void shouldGiveEachItemItsLineInTheFeed() {
        assertThat(reader.read(Fixtures.bytes("feed-rss.xml"), InputFormat.FEED, "f", InputDefaults.NONE))
                .extracting(e -> e.origin().line()).containsExactly(7L, 16L, 23L);
    }

    @Test
    void shouldReadOneArticlePerAtomEntry() {
        List<Validation> entries = feed("feed-atom.xml");
        assertThat(entries).hasSize(2);
        RawArticle first = valid(entries.get(0));
        assertThat(first.getTitle()).isEqualTo("Le Parlement adopte la r\u00e9forme");
        assertThat(first.getUrl()).isEqualTo("https://actu.example.fr/politique/reforme");
        assertThat(first.getBody()).isEqualTo("Le Parlement a adopt\u00e9 la r\u00e9forme mardi.\n\nLe vote a \u00e9t\u00e9 serr\u00e9.");
        assertThat(first.getPublishedAt()).isEqualTo(Instant.parse("2024-04-10T06:00:00Z"));
        assertThat(first.getAuthors()).containsExactly("Pierre Dubois");
        assertThat(first.getLanguage()).isEqualTo("fr");
        assertThat(first.getSource()).isEqualTo("Exemple Actualit\u00e9s");
        assertThat(first.getMetadata()).containsEntry("categories", "Politique");

        RawArticle second = valid(entries.get(1));
        assertThat(second.getBody()).isEqualTo("Le club local a gagn\u00e9 2-0.");
        assertThat(second.getPublishedAt()).as("updated when there is no published").isEqualTo(Instant.parse("2024-04-09T20:00:00Z"));
    }

    @Test
    void shouldSayWhenAnXmlDocumentIsNoFeed() {
        assertThat(reader.read("<?xml version=\"1.0\"?><catalog/>".getBytes(), InputFormat.FEED, "f", InputDefaults.NONE))
                .singleElement().isInstanceOfSatisfying(InputEntry.Unreadable.class,
                        u -> assertThat(u.errors().get(0).problem()).contains("not an RSS or Atom feed"));
    }
}
