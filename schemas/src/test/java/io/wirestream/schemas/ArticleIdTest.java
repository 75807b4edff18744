package io.wirestream.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleIdTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "HTTPS://Example.COM/news/a?utm_source=x&utm_medium=y#top, https://example.com/news/a",
            "https://example.com:443/news/a?fbclid=abc,                 https://example.com/news/a",
            "http://example.com,                                        http://example.com/",
            "https://example.com/a?b=2&a=1&gclid=z,                     https://example.com/a?a=1&b=2",
            "http://example.com:8080/a,                                 http://example.com:8080/a",
    })
    void shouldCanonicalizeUrls(String url, String canonical) {
        assertThat(ArticleId.canonicalUrl(url)).isEqualTo(canonical);
    }

    @Test
    void shouldGiveTheSameIdToTheSameArticleWithOtherTrackingOrFragment() {
        assertThat(ArticleId.forUrl("https://news.example/story?id=7&utm_campaign=mail#comments"))
                .isEqualTo(ArticleId.forUrl("https://NEWS.example/story?id=7"))
                .isNotEqualTo(ArticleId.forUrl("https://news.example/story?id=8"))
                .hasSize(32);
    }

    @Test
    void shouldHashNormalizedTextWhenThereIsNoUrl() {
        assertThat(ArticleId.forText("  Storm hits\n the  COAST ")).isEqualTo(ArticleId.forText("storm hits the coast"));
        assertThat(ArticleId.forText("storm hits the coast")).isNotEqualTo(ArticleId.forText("storm hits the city"));
    }

    @Test
    void shouldRejectWhatIsNotAnHttpUrl() {
        assertThatThrownBy(() -> ArticleId.canonicalUrl("ftp://x/y")).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> ArticleId.canonicalUrl("https:///nohost")).hasMessageContaining("host");
        assertThatThrownBy(() -> ArticleId.canonicalUrl("http://exa mple.com")).hasMessageContaining("not a valid URL");
    }
}
