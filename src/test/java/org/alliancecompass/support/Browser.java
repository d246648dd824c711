package org.alliancecompass.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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

  /** A wait for what a page shows once its scripts have run, up to 30 s. */
  public WebDriverWait await() {
    return new WebDriverWait(driver, WAIT);
  }

  /** Signs in on the product's login page, as a person would. */
  public void signIn(String baseUrl, String user, String password) {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl + "/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
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
