package io.wirestream.consumer.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.consumer.Articles;
import io.wirestream.consumer.TestTopics;
import io.wirestream.ops.Metrics;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.EntityType;
import io.wirestream.schemas.TemporalExpression;
import io.wirestream.schemas.TimexType;
import io.wirestream.schemas.TrendKind;
import io.wirestream.testkit.KafkaPlatform;
import io.wirestream.testkit.KafkaPlatformExtension;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the live dashboard in headless Chromium: articles appear without a reload, entities are
 * highlighted by type, the topic filter works, and hostile article text renders as text.
 * Chromium and ChromeDriver must be installed ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver},
 * or {@code WIRESTREAM_CHROMIUM} / {@code WIRESTREAM_CHROMEDRIVER}); CI installs them. Without them the
 * test fails and says so: a skipped browser test would prove nothing.
 */
@ExtendWith(KafkaPlatformExtension.class)
class DashboardBrowserIT {

    private static final Path CHROMIUM = Path.of(Optional.ofNullable(System.getenv("WIRESTREAM_CHROMIUM")).orElse("/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(Optional.ofNullable(System.getenv("WIRESTREAM_CHROMEDRIVER"))
            .orElse("/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String SCRIPT_TITLE = "<script>window.__xss = 'title'</script>Breaking news";
    private static final String ONERROR_BODY = "Click <img src=x onerror=\"window.__xss = 'body'\"> for the photo of Amara Okafor.";

    @TempDir
    Path profile;
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        assertThat(CHROMIUM).as("Chromium is needed for the dashboard's browser test: apt-get install chromium "
                + "(or set WIRESTREAM_CHROMIUM)").isExecutable();
        assertThat(CHROMEDRIVER).as("ChromeDriver is needed for the dashboard's browser test: apt-get install "
                + "chromium-driver (or set WIRESTREAM_CHROMEDRIVER)").isExecutable();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1100",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldShowNewArticlesLiveHighlightedFilteredAndEscaped(KafkaPlatform platform) throws Exception {
        TestTopics topics = TestTopics.create(platform, "browser", 1);
        try (Dashboard dashboard = new Dashboard(Dashboard.Config.of(topics.sinkSettings("browser"), "127.0.0.1", 0),
                new Metrics()).start()) {
            browser.get(dashboard.url());
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            wait.until(ExpectedConditions.textToBe(By.id("status"), "live"));

            topics.publish(List.of(sportArticle()));
            topics.publishTrends(trends());
            WebElement sport = wait.until(ExpectedConditions.visibilityOfElementLocated(card("sport-1")));
            List<WebElement> entities = sport.findElements(By.cssSelector(".body .ent"));
            assertThat(entities).extracting(e -> e.getText()).containsExactly("Sofia Rossi", "Madrid");
            assertThat(entities).extracting(e -> e.getAttribute("class")).containsExactly("ent ent-PERSON", "ent ent-LOCATION");
            assertThat(entities.get(0).getAttribute("title")).contains("Sofia Rossi").contains("PERSON");
            assertThat(sport.findElement(By.cssSelector(".body .date .date-value")).getText()).isEqualTo("2025-02-16");
            assertThat(sport.findElements(By.cssSelector(".tags .tag"))).extracting(WebElement::getText).containsExactly("sport");

            topics.publish(List.of(politicsArticle()));
            WebElement politics = wait.until(ExpectedConditions.visibilityOfElementLocated(card("politics-1")));
            new Select(browser.findElement(By.id("topic-filter"))).selectByVisibleText("sport");
            wait.until(ExpectedConditions.invisibilityOf(politics));
            assertThat(sport.isDisplayed()).isTrue();
            browser.findElement(By.id("clear-filters")).click();
            wait.until(ExpectedConditions.visibilityOf(politics));

            topics.publish(List.of(hostileArticle()));
            WebElement hostile = wait.until(ExpectedConditions.visibilityOfElementLocated(card("hostile-1")));
            assertThat(hostile.findElement(By.cssSelector("h3.title")).getText()).isEqualTo(SCRIPT_TITLE);
            assertThat(hostile.findElement(By.cssSelector(".body")).getText()).contains("<img src=x onerror=");
            JavascriptExecutor js = browser;
            assertThat(js.executeScript("return typeof window.__xss")).as("no article script ran").isEqualTo("undefined");
            assertThat(js.executeScript("return document.querySelectorAll('#articles script, #articles img').length"))
                    .isEqualTo(0L);

            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-entities rect.bar")));
            Path screenshot = Path.of("target", "dashboard-screenshot.png");
            Files.createDirectories(screenshot.getParent());
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static By card(String id) {
        return By.cssSelector("article.card[data-id='" + id + "']");
    }

    private static EnrichedArticle sportArticle() {
        String body = "Sofia Rossi scored twice in Madrid on Sunday as her side won the derby.";
        return EnrichedArticle.newBuilder(Articles.simple("sport-1", "Rossi double settles the Madrid derby", body,
                        "sports-desk", List.of(Articles.SPORT), List.of(Articles.entity(body, "Sofia Rossi", EntityType.PERSON),
                                Articles.entity(body, "Madrid", EntityType.LOCATION))))
                .setDates(List.of(TemporalExpression.newBuilder().setText("Sunday").setStart(body.indexOf("Sunday"))
                        .setEnd(body.indexOf("Sunday") + 6).setValue("2025-02-16").setType(TimexType.DATE).setResolved(true)
                        .build()))
                .build();
    }

    private static EnrichedArticle politicsArticle() {
        String body = "Olga Petrova met the president in Brussels to discuss the budget.";
        return Articles.simple("politics-1", "Petrova in Brussels", body, "world-desk", List.of(Articles.POLITICS),
                List.of(Articles.entity(body, "Olga Petrova", EntityType.PERSON), Articles.entity(body, "Brussels",
                        EntityType.LOCATION)));
    }

    private static EnrichedArticle hostileArticle() {
        return Articles.simple("hostile-1", SCRIPT_TITLE, ONERROR_BODY, "open-web", List.of(Articles.POLITICS),
                List.of(Articles.entity(ONERROR_BODY, "Amara Okafor", EntityType.PERSON)));
    }

    private static List<io.wirestream.schemas.TrendCount> trends() {
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        return List.of(Articles.trend(TrendKind.ENTITY, "Sofia Rossi", null, minute, 1, 3),
                Articles.trend(TrendKind.ENTITY, "Olga Petrova", null, minute, 1, 2),
                Articles.trend(TrendKind.TOPIC, "sport", "medtop:15000000", minute, 1, 3),
                Articles.trend(TrendKind.TOPIC, "politics", "medtop:11000000", minute, 1, 2));
    }
}
