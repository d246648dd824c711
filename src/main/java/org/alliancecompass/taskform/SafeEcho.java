package org.alliancecompass.taskform;

/**
 * A value someone sent, as an error message may repeat it: at most 40 characters, and every
 * character that could start markup, a script or a formula ({@code < > & " ' `} and control
 * characters) shown as {@code ?}, so that no answer ever carries the sender's markup back.
 */
public final class SafeEcho {

  private static final int MAX = 40;

  private SafeEcho() {
  }

  public static String of(Object value) {
    String text = String.valueOf(value);
    StringBuilder echo = new StringBuilder(Math.min(text.length(), MAX + 1));
    text.codePoints().limit(MAX).forEach(c -> echo.appendCodePoint(
        Character.isISOControl(c) || "<>&\"'`".indexOf(c) >= 0 ? '?' : c));
    return text.codePointCount(0, text.length()) > MAX ? echo.append('…').toString() : echo.toString();
  }
}
