package io.wirestream.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.schemas.RawArticle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class ArticlePublisherTest {

    static ArticleDraft article(String url) {
        return ArticleDraft.builder().url(url).source("example").title("T").text("Body.").build();
    }

    @Test
    void shouldPublishOnceAndSayDuplicateForTheSameUrlWithOtherTrackingParameters() {
        MockProducer<String, RawArticle> mock = TestPublishers.mockProducer(true);
        try (ArticlePublisher publisher = TestPublishers.publisher(mock)) {
            Publication first = publisher.publish(article("https://example.com/a?utm_source=x")).join();
            Publication second = publisher.publish(article("https://EXAMPLE.com/a?fbclid=1#top")).join();
            assertThat(first.status()).isEqualTo(Publication.Status.NEW);
            assertThat(second.status()).isEqualTo(Publication.Status.DUPLICATE);
            assertThat(second.id()).isEqualTo(first.id());
            assertThat(second.offset()).isEqualTo(first.offset());
            assertThat(mock.history()).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo(first.id());
                assertThat(r.value().getId()).isEqualTo(first.id());
                assertThat(r.topic()).isEqualTo("news.articles.raw");
            });
        }
    }

    @Test
    void shouldSayDuplicateForAnArticleStillInFlight() {
        MockProducer<String, RawArticle> mock = TestPublishers.mockProducer(false);
        try (ArticlePublisher publisher = TestPublishers.publisher(mock)) {
            CompletableFuture<Publication> first = publisher.publish(article("https://example.com/a"));
            CompletableFuture<Publication> second = publisher.publish(article("https://example.com/a#again"));
            assertThat(first).isNotDone();
            mock.completeNext();
            assertThat(first.join().duplicate()).isFalse();
            assertThat(second.join().duplicate()).isTrue();
            assertThat(mock.history()).hasSize(1);
        }
    }

    @Test
    void shouldTreatAnArticleWhoseSendFailedAsNewOnTheRetry() {
        MockProducer<String, RawArticle> mock = TestPublishers.mockProducer(false);
        try (ArticlePublisher publisher = TestPublishers.publisher(mock)) {
            CompletableFuture<Publication> failed = publisher.publish(article("https://example.com/a"));
            mock.errorNext(new TimeoutException("Expiring 1 record(s): 3000 ms has passed since batch creation"));
            assertThatThrownBy(failed::join).isInstanceOf(CompletionException.class).cause()
                    .isInstanceOfSatisfying(PublishException.class, e -> assertThat(e.retriable()).isTrue());
            CompletableFuture<Publication> retry = publisher.publish(article("https://example.com/a"));
            mock.completeNext();
            assertThat(retry.join().status()).isEqualTo(Publication.Status.NEW);
        }
    }

    @Test
    void shouldTellFailuresThatRetryingWillNotFix() {
        MockProducer<String, RawArticle> mock = TestPublishers.mockProducer(false);
        try (ArticlePublisher publisher = TestPublishers.publisher(mock)) {
            CompletableFuture<Publication> f = publisher.publish(article("https://example.com/a"));
            mock.errorNext(new RecordTooLargeException("too large"));
            assertThatThrownBy(f::join).cause().isInstanceOfSatisfying(PublishException.class, e -> {
                assertThat(e.retriable()).isFalse();
                assertThat(e.getMessage()).contains("RecordTooLargeException");
            });
        }
    }

    @Test
    void shouldNotPublishAnInvalidArticle() {
        MockProducer<String, RawArticle> mock = TestPublishers.mockProducer(true);
        try (ArticlePublisher publisher = TestPublishers.publisher(mock)) {
            CompletableFuture<Publication> f = publisher.publish(ArticleDraft.builder().url("ftp://x").build());
            assertThatThrownBy(f::join).cause().isInstanceOfSatisfying(InvalidArticleException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).contains("url", "body"));
            assertThat(mock.history()).isEmpty();
        }
    }

    @Test
    void shouldValidateAnArticleBuiltElsewhereAndRecomputeItsId() {
        MockProducer<String, RawArticle> mock = TestPublishers.mockProducer(true);
        try (ArticlePublisher publisher = TestPublishers.publisher(mock)) {
            RawArticle built = new RawArticle("my-own-id", "https://example.com/b?utm_medium=x", "example", null, "  Body  ",
                    null, null, java.time.Instant.parse("2024-01-01T00:00:00Z"), java.util.List.of(), java.util.Map.of());
            Publication p = publisher.publish(built).join();
            assertThat(p.id()).isEqualTo(io.wirestream.schemas.ArticleId.forUrl("https://example.com/b"));
            assertThat(mock.history().get(0).value().getBody()).isEqualTo("Body");
        }
    }

    @Test
    void shouldPublishEverythingWhenDuplicateDetectionIsOff() {
        MockProducer<String, RawArticle> mock = TestPublishers.mockProducer(true);
        try (ArticlePublisher publisher = ArticlePublisher.using(mock, "raw", PublisherSettings.of("x:1", "mock://x")
                .withRecentIds(0, java.time.Duration.ofHours(1)))) {
            publisher.publish(article("https://example.com/a")).join();
            assertThat(publisher.publish(article("https://example.com/a")).join().duplicate()).isFalse();
            assertThat(mock.history()).hasSize(2);
        }
    }
}
