package id.sinkron.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.check.Severity;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo's HTML report in a real browser: Debian's headless {@code chromium} driven by Selenium
 * through Debian's {@code chromedriver}. Both paths are given explicitly, so Selenium Manager never
 * looks for (or downloads) a browser or a driver. Skipped, with the reason, only where no browser
 * is installed; {@code .ci/run} installs one, and under CI ({@code CI=true}) a missing browser
 * fails.
 */
class HtmlReportBrowserTest {
  private static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{10,}");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;

  private static WebDriver driver;
  private static Path page;
  private static Report report;

  /** Why the browser could not be started; null when it runs. */
  private static String missing;

  static Path first(String property, String... candidates) {
    String p = System.getProperty(property);
    if (p != null) {
      return Files.isExecutable(Path.of(p)) ? Path.of(p) : null;
    }
    for (String c : candidates) {
      if (Files.isExecutable(Path.of(c))) {
        return Path.of(c);
      }
    }
    return null;
  }

  @BeforeAll
  static void startBrowser() throws Exception {
    Path chromedriver = first("sinkron.chromedriver", "/usr/bin/chromedriver");
    Path chromium = first("sinkron.chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium");
    if (chromedriver == null || chromium == null) {
      String why =
          "no headless browser: needs Debian's chromium and chromium-driver (/usr/bin/chromedriver, "
              + "/usr/lib/chromium/chromium); install them with 'apt-get install chromium chromium-driver' "
              + "(.ci/run does)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why + " - CI must run this test, not skip it");
      }
      missing = why;
      return;
    }
    report = Sinkron.checker().asOf(DemoSchool.AS_OF).check(DemoSchool.read());
    page = tmp.resolve("report.html");
    CliRunner r = CliRunner.run("demo", "--format", "html", "--out", page.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(SinkronCli.BLOCKERS);

    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")),
        "--window-size=1280,2000");
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void load() {
    // reported per test (surefire shows each skip with this reason)
    assumeTrue(missing == null, missing);
    driver.get(page.toUri().toString());
  }

  private static List<WebElement> rows() {
    return driver.findElements(By.cssSelector("#findings tbody tr"));
  }

  private static List<WebElement> visibleRows() {
    return rows().stream().filter(WebElement::isDisplayed).toList();
  }

  private static long count(Application app, Severity sev) {
    return report.findings().stream()
        .filter(f -> app == null || f.application() == app)
        .filter(f -> sev == null || f.severity() == sev)
        .count();
  }

  @Test
  void everyFindingIsShownWithItsBasisBeforeAnyFilter() {
    assertThat(report.findings()).hasSizeGreaterThan(5);
    assertThat(rows()).hasSize(report.findings().size());
    assertThat(visibleRows()).hasSize(report.findings().size());
    WebElement basis = driver.findElement(By.cssSelector("#findings tbody tr .basis"));
    assertThat(basis.isDisplayed()).isTrue();
    assertThat(basis.getText()).contains("dasar:");
    assertThat(basis.getAttribute("data-basis")).isIn("SOURCE", "OFFICIAL", "PRESS", "INFERRED");
    // the rules not evaluated are listed, as in the text report
    assertThat(report.notEvaluated()).isNotEmpty();
    WebElement notEvaluated = driver.findElement(By.id("not-evaluated"));
    assertThat(notEvaluated.isDisplayed()).isTrue();
    assertThat(notEvaluated.getText())
        .contains(report.notEvaluated().get(0).code(), report.notEvaluated().get(0).reason());
  }

  @Test
  void theApplicationFilterShowsOnlyThatApplicationsRows() {
    Select app = new Select(driver.findElement(By.id("fApp")));
    for (Application a : List.of(Application.ARKAS, Application.INFO_GTK, Application.E_RAPOR)) {
      app.selectByValue(a.name());
      List<WebElement> shown = visibleRows();
      assertThat(shown).as(a.name()).hasSize((int) count(a, null));
      assertThat(shown).allSatisfy(r -> assertThat(r.getAttribute("data-app")).isEqualTo(a.name()));
      assertThat(driver.findElement(By.id("shown")).getText())
          .isEqualTo(String.valueOf(shown.size()));
    }
    assertThat(count(Application.ARKAS, null)).isLessThan(report.findings().size()).isPositive();
    app.selectByValue("");
    assertThat(visibleRows()).hasSize(report.findings().size());
  }

  @Test
  void theSeverityFilterShowsOnlyThatSeverityAndCombinesWithTheApplication() {
    Select sev = new Select(driver.findElement(By.id("fSev")));
    sev.selectByValue(Severity.BLOCKER.name());
    assertThat(visibleRows())
        .hasSize((int) count(null, Severity.BLOCKER))
        .allSatisfy(r -> assertThat(r.getAttribute("data-sev")).isEqualTo("BLOCKER"));
    assertThat(count(null, Severity.BLOCKER)).isLessThan(report.findings().size()).isPositive();
    new Select(driver.findElement(By.id("fApp"))).selectByValue(Application.INFO_GTK.name());
    assertThat(visibleRows()).hasSize((int) count(Application.INFO_GTK, Severity.BLOCKER));
    sev.selectByValue(Severity.WARNING.name());
    assertThat(visibleRows()).hasSize((int) count(Application.INFO_GTK, Severity.WARNING));
  }

  @Test
  void theTextSearchShowsOnlyMatchingRows() {
    String code = "ARKAS-PD-NO-NISN";
    long expected = report.findings().stream().map(Finding::code).filter(code::equals).count();
    assertThat(expected).isPositive();
    WebElement search = driver.findElement(By.id("fText"));
    search.sendKeys(code.toLowerCase(Locale.ROOT));
    List<WebElement> shown = visibleRows();
    assertThat(shown)
        .hasSize((int) expected)
        .allSatisfy(r -> assertThat(r.findElement(By.tagName("code")).getText()).isEqualTo(code));
    search.clear();
    search.sendKeys("no such text anywhere");
    assertThat(visibleRows()).isEmpty();
    assertThat(driver.findElement(By.id("shown")).getText()).isEqualTo("0");
    search.clear();
    // clear() sends no input event: type and delete one character so the page refilters
    search.sendKeys("x", org.openqa.selenium.Keys.BACK_SPACE);
    assertThat(visibleRows()).hasSize(report.findings().size());
  }

  @Test
  void noIdentifierIsVisibleInTheRenderedPage() throws Exception {
    String visible = driver.findElement(By.tagName("body")).getText();
    String dom =
        (String)
            ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.outerHTML;");
    assertThat(visible).contains("SMP NEGERI 7 KOTA CONTOH");
    assertThat(LONG_DIGIT_RUN.matcher(visible).find())
        .as("a run of 10+ digits is visible")
        .isFalse();
    assertThat(LONG_DIGIT_RUN.matcher(dom).find())
        .as("a run of 10+ digits is in the page")
        .isFalse();
    Set<String> identifiers = demoIdentifiers();
    assertThat(identifiers).hasSizeGreaterThan(100);
    for (String id : identifiers) {
      assertThat(visible).doesNotContain(id);
      assertThat(dom).doesNotContain(id);
    }
  }

  /** The demo's NIK, NISN, NIP and NUPTK values (invented people), as in its dump files. */
  static Set<String> demoIdentifiers() throws Exception {
    Set<String> out = new TreeSet<>();
    for (String[] f :
        List.of(
            new String[] {"getGtk.json", "nik", "nip", "nuptk"},
            new String[] {"getPesertaDidik.json", "nik", "nisn"})) {
      JsonNode rows;
      try (InputStream in = HtmlReportBrowserTest.class.getResourceAsStream("/demo/" + f[0])) {
        rows = JSON.readTree(in).get("rows");
      }
      List<String> fields = new ArrayList<>(List.of(f).subList(1, f.length));
      for (JsonNode row : rows) {
        for (String field : fields) {
          String v = row.path(field).asText("").replaceAll("\\D", "");
          if (v.length() >= 8) {
            out.add(v);
          }
        }
      }
    }
    return out;
  }
}
