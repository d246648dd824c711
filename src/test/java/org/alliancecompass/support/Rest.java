package org.alliancecompass.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small HTTP client for the tests, on the JDK's {@link HttpClient}: JSON calls with HTTP Basic
 * as a given user, as scripts and other systems call the engine REST API, or a browser-like
 * session (cookies, {@code Accept: text/html}) for the login form. It never follows redirects
 * and never throws on an error status, so a test sees exactly what the server answered.
 */
public final class Rest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final String baseUrl;
  private final Map<String, String> headers;

  private Rest(HttpClient http, String baseUrl, Map<String, String> headers) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.headers = headers;
  }

  /** Anonymous calls to the application at {@code baseUrl}; see {@link #as}. */
  public static Rest to(String baseUrl) {
    return new Rest(HttpClient.newBuilder().connectTimeout(TIMEOUT).build(), baseUrl,
        Map.of("Accept", "application/json"));
  }

  /** A browser's view: keeps the session cookie and asks for pages, not JSON. */
  public static Rest browserSession(String baseUrl) {
    return new Rest(HttpClient.newBuilder().connectTimeout(TIMEOUT).cookieHandler(new CookieManager()).build(),
        baseUrl, Map.of("Accept", "text/html,application/xhtml+xml"));
  }

  /** The same client, authenticating every call with HTTP Basic as {@code user}. */
  public Rest as(String user, String password) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    Map<String, String> changed = new LinkedHashMap<>(headers);
    changed.put("Authorization", "Basic " + credentials);
    return new Rest(http, baseUrl, Map.copyOf(changed));
  }

  /** The same client, asking for {@code mediaType} (e.g. {@code application/hal+json}, as Tasklist does, or {@code text/csv}). */
  public Rest accepting(String mediaType) {
    Map<String, String> changed = new LinkedHashMap<>(headers);
    changed.put("Accept", mediaType);
    return new Rest(http, baseUrl, Map.copyOf(changed));
  }

  /** The same client, sending this header with every call, e.g. the webapps' {@code X-XSRF-TOKEN}. */
  public Rest header(String name, String value) {
    Map<String, String> changed = new LinkedHashMap<>(headers);
    changed.put(name, value);
    return new Rest(http, baseUrl, Map.copyOf(changed));
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  /** PUTs {@code body} serialised as JSON, e.g. to suspend or activate jobs, or {@code PUT /engine-rest/job/{id}/retries}. */
  public Response put(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json(body))));
  }

  /** Any method without a body, e.g. {@code OPTIONS} or {@code DELETE}. */
  public Response send(String method, String path) {
    return send(request(path).method(method, BodyPublishers.noBody()));
  }

  /** Any method with a raw body of this content type, as a hostile client sends it. */
  public Response send(String method, String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType).method(method, BodyPublishers.ofString(body)));
  }

  /** POSTs {@code body} serialised as JSON. */
  public Response post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json(body))));
  }

  /** POSTs an HTML form ({@code application/x-www-form-urlencoded}), as a browser does. */
  public Response postForm(String path, Map<String, String> fields) {
    String form = fields.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString(form)));
  }

  /**
   * POSTs {@code multipart/form-data}: the text {@code fields} and one file, as
   * {@code POST /engine-rest/deployment/create} expects a model.
   */
  public Response postMultipart(String path, Map<String, String> fields, String fileName, String fileContent) {
    String boundary = "----alliance-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((field, value) -> write(body, "--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
        .formatted(boundary, field, value)));
    write(body, ("--%s\r\nContent-Disposition: form-data; name=\"data\"; filename=\"%s\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n%s\r\n--%s--\r\n")
        .formatted(boundary, fileName, fileContent, boundary));
    BodyPublisher publisher = BodyPublishers.ofByteArray(body.toByteArray());
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(publisher));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
    headers.forEach(builder::header);
    return builder;
  }

  private Response send(HttpRequest.Builder request) {
    HttpRequest built = request.build();
    try {
      HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers().firstValue("Location"),
          response.headers().firstValue("WWW-Authenticate"), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(built.method() + " " + built.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted: " + built.method() + " " + built.uri(), e);
    }
  }

  private static String json(Object body) {
    try {
      return body instanceof String text ? text : JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /** What the server answered. */
  public record Response(int status, Optional<String> location, Optional<String> challenge, String body,
      java.net.http.HttpHeaders headers) {

    /** The first value of a response header, e.g. {@code Content-Type}. */
    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new AssertionError("Not JSON (status " + status + "): " + body, e);
      }
    }

    /** The {@code id}s of a JSON array answer, e.g. of {@code GET /engine-rest/task}. */
    public List<String> ids() {
      return StreamSupport.stream(json().spliterator(), false).map(item -> item.path("id").asText()).toList();
    }

    @Override
    public String toString() {
      return "HTTP " + status + location.map(target -> " -> " + target).orElse("") + ": "
          + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
    }
  }
}
