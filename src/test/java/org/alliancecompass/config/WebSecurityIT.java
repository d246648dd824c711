package org.alliancecompass.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.Rest.Response;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The one login in front of everything, seen from outside: the REST API's answers to scripts,
 * the login page's to browsers, the webapps reserved for administrators, and the management port
 * that a container runtime probes.
 */
@DisplayName("Signing in")
class WebSecurityIT extends InProcessApplication {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final String managementUrl;
  private final IdentityService identity;

  WebSecurityIT(@LocalServerPort int port, @LocalManagementPort int managementPort, IdentityService identity) {
    super(port);
    this.managementUrl = "http://127.0.0.1:" + managementPort;
    this.identity = identity;
  }

  /**
   * A user of this test alone: Camunda holds a user back for a few seconds after a wrong password,
   * which must not hit the demo users other tests sign in as.
   */
  private String probeUser(String id) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setPassword(id);
      identity.saveUser(user);
    }
    return id;
  }

  @Test
  @DisplayName("the REST API answers a call without credentials with 401 and a Basic challenge")
  void restWithoutCredentials() {
    // when
    Response response = rest().get("/engine-rest/task");

    // then
    assertThat(response.status()).as(response.toString()).isEqualTo(401);
    assertThat(response.challenge()).hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
  }

  @Test
  @DisplayName("the REST API answers a wrong password or an unknown user with 401")
  void restWithWrongCredentials() {
    // given
    String probe = probeUser("wrong-password-probe");

    // when
    Response wrongPassword = rest().as(probe, "not-the-password").get("/engine-rest/task");
    Response unknownUser = rest().as("somebody-else", "somebody-else").get("/engine-rest/task");

    // then
    assertThat(wrongPassword.status()).as(wrongPassword.toString()).isEqualTo(401);
    assertThat(unknownUser.status()).as(unknownUser.toString()).isEqualTo(401);
  }

  @Test
  @DisplayName("the demo manager lists tasks through the REST API")
  void restAsManager() {
    // when
    Response response = rest().as("mia", "mia").get("/engine-rest/task");

    // then
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().isArray()).isTrue();
  }

  @Test
  @DisplayName("Cockpit and Admin refuse a manager and open for the administrator; Tasklist opens for both")
  void webappsByGroup() {
    // given
    Rest manager = rest().as("mia", "mia");
    Rest administrator = rest().as("admin", "admin");

    // when, then
    assertThat(manager.get("/camunda/app/cockpit/default/").status()).isEqualTo(403);
    assertThat(manager.get("/camunda/app/admin/default/").status()).isEqualTo(403);
    assertThat(manager.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
    assertThat(administrator.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
    assertThat(administrator.get("/camunda/app/admin/default/").status()).isEqualTo(200);
    assertThat(administrator.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("a browser without a session is sent to the login page, wherever it goes")
  void browserWithoutSession() {
    // given
    Rest browser = Rest.browserSession(baseUrl());

    // when, then
    for (String page : new String[] {"/", "/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/"}) {
      Response response = browser.get(page);
      assertThat(response.status()).as(page + ": " + response).isEqualTo(302);
      assertThat(response.location()).as(page).hasValue(baseUrl() + "/login");
    }
    assertThat(browser.get("/login").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("a wrong password on the login form shows the login page again with a message")
  void loginFormWithWrongPassword() {
    // given
    Rest browser = Rest.browserSession(baseUrl());
    String probe = probeUser("wrong-login-probe");

    // when
    Response response = signIn(browser, probe, "not-the-password");

    // then
    assertThat(response.location()).hasValue(baseUrl() + "/login?error");
    assertThat(browser.get("/login?error").body()).contains("Unknown user or wrong password");
    assertThat(browser.get("/").status()).isEqualTo(302);
  }

  @Test
  @DisplayName("a person signs in with the login form, signs out, and is asked to sign in again")
  void signInAndOut() {
    // given
    Rest browser = Rest.browserSession(baseUrl());
    Response signedIn = signIn(browser, "bob", "bob");
    Response home = browser.get("/");
    assertThat(signedIn.location()).hasValue(baseUrl() + "/");
    assertThat(home.status()).as(home.toString()).isEqualTo(200);
    assertThat(home.body()).contains("Signed in as").contains("bob");

    // when
    Response signedOut = browser.postForm("/logout", Map.of("_csrf", csrfToken(home)));

    // then
    assertThat(signedOut.location()).hasValue(baseUrl() + "/login?logout");
    assertThat(browser.get("/").location()).hasValue(baseUrl() + "/login");
  }

  @Test
  @DisplayName("signing out needs the page's CSRF token, so another site cannot sign a person out")
  void signOutWithoutCsrfToken() {
    // given
    Rest browser = Rest.browserSession(baseUrl());
    signIn(browser, "cara", "cara");

    // when
    Response forged = browser.postForm("/logout", Map.of());

    // then
    assertThat(forged.status()).isEqualTo(403);
    assertThat(browser.get("/").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("the login form needs its CSRF token too, so another site cannot sign a person in as someone else")
  void signInWithoutCsrfToken() {
    // given
    Rest browser = Rest.browserSession(baseUrl());
    browser.get("/login");

    // when
    Response forged = browser.postForm("/login", Map.of("username", "bob", "password", "bob"));

    // then
    assertThat(forged.status()).isEqualTo(403);
    assertThat(browser.get("/").location()).hasValue(baseUrl() + "/login");
  }

  @Test
  @DisplayName("pages carry security headers: no sniffing, no framing, no caching, a content security policy")
  void securityHeaders() {
    // given
    Rest browser = Rest.browserSession(baseUrl());
    signIn(browser, "bob", "bob");

    for (String path : List.of("/", "/login", "/camunda/app/tasklist/default/")) {
      // when
      Response page = browser.get(path);

      // then
      assertThat(page.header("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(page.header("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(page.header("Cache-Control")).as(path).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
      assertThat(page.header("Referrer-Policy")).as(path).hasValue("same-origin");
      assertThat(page.header("Content-Security-Policy")).as(path)
          .hasValueSatisfying(csp -> assertThat(csp).contains("base-uri 'self'"));
    }
    assertThat(browser.get("/").header("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe-inline"));
  }

  @Test
  @DisplayName("the management port answers health probes without a login and shows metrics to administrators only")
  void managementPort() {
    // given
    Rest management = Rest.to(managementUrl);

    // when
    Response readiness = management.get("/actuator/health/readiness");
    Response liveness = management.get("/actuator/health/liveness");

    // then
    assertThat(readiness.status()).isEqualTo(200);
    assertThat(readiness.json().path("status").asText()).isEqualTo("UP");
    assertThat(liveness.json().path("status").asText()).isEqualTo("UP");
    assertThat(management.get("/actuator/metrics").status()).isEqualTo(401);
    assertThat(management.as("mia", "mia").get("/actuator/metrics").status()).isEqualTo(403);
    assertThat(management.as("admin", "admin").get("/actuator/metrics").status()).isEqualTo(200);
  }

  /** Fills in and posts the login form as a browser does, with the form's CSRF token. */
  private static Response signIn(Rest browser, String user, String password) {
    String token = csrfToken(browser.get("/login"));
    return browser.postForm("/login", Map.of("username", user, "password", password, "_csrf", token));
  }

  private static String csrfToken(Response page) {
    Matcher field = CSRF_FIELD.matcher(page.body());
    assertThat(field.find()).as("a CSRF field in " + page).isTrue();
    return field.group(1);
  }
}
