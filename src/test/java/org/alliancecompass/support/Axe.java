package org.alliancecompass.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.webjars.WebJarVersionLocator;

/**
 * axe-core (Deque's accessibility engine, the webjar {@code org.webjars.npm:axe-core}) run in the page a
 * {@link Browser} shows, with the rules of WCAG 2.1 levels A and AA.
 */
public final class Axe {

  private static final String SOURCE = read(new WebJarVersionLocator().fullPath("axe-core", "axe.min.js"));

  private static final String RUN = """
      var done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
        .then(function (result) {
          done(result.violations.map(function (v) {
            return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
          }));
        })
        .catch(function (e) { done(['axe-core failed: ' + e]); });""";

  private Axe() {
  }

  /** The violations on the page as shown now, one line each: the rule, its impact, where. */
  @SuppressWarnings("unchecked")
  public static List<String> violations(WebDriver driver) {
    JavascriptExecutor page = (JavascriptExecutor) driver;
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    page.executeScript(SOURCE);
    return (List<String>) page.executeAsyncScript(RUN);
  }

  private static String read(String resource) {
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("axe-core is not on the test classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
