package org.alliancecompass.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}; other paths
 * through the system properties {@code chromium.binary} and {@code chromedriver.binary}),
 * driven by Selenium, with a fresh profile. Selenium Manager is not used: the driver is given.
 */
public final class Browser implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  public static Browser headlessChromium() {
    ChromeOptions options = new ChromeOptions()
        .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start
        .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1400,1000", "--user-data-dir=" + TestFolders.fresh("chromium-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
        .usingAnyFreePort()
        .build();
    return new Browser(new ChromeDriver(service, options));
  }

  public WebDriver driver() {
    return driver;
  }

  /** A desktop's window, 1366 by 900 CSS pixels. */
  public Browser desktop() {
    return viewport(1366, 900, false);
  }

  /** A phone's screen, 390 by 844 CSS pixels (an iPhone 12 to 14), with touch and the page's viewport as on a phone. */
  public Browser phone() {
    return viewport(390, 844, true);
  }

  private Browser viewport(int width, int height, boolean mobile) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", mobile));
    return this;
  }

  /**
   * Forgets everything a first visit would not have: cookies, the HTTP cache and the sites' storage
   * (where Camunda's webapps keep, for instance, their translations).
   */
  public void forgetEverything(String baseUrl) {
    driver.manage().deleteAllCookies();
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", baseUrl, "storageTypes", "all"));
  }

  /** A wait for what a page shows once its scripts have run, up to 30 s. */
  public WebDriverWait await() {
    return new WebDriverWait(driver, WAIT);
  }

  /** Signs in on the product's login page, as a person would, and waits for the page that follows. */
  public void signIn(String baseUrl, String user, String password) {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl + "/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    await().until(page -> !page.getCurrentUrl().equals(baseUrl + "/login"));
  }

  /** Writes what the browser shows to {@code target/screenshots/<name>.png}, as evidence. */
  public Path screenshot(String name) {
    Path file = TestFolders.underTarget("screenshots").resolve(name + ".png");
    try {
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
