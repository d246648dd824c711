package org.alliancecompass.taskform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SafeEchoTest {

  @Test
  @DisplayName("An echoed value carries no markup, quotes or control characters, and at most 40 characters")
  void echo() {
    assertThat(SafeEcho.of("mi6")).isEqualTo("mi6");
    assertThat(SafeEcho.of("<script>alert('x')</script>")).isEqualTo("?script?alert(?x?)?/script?");
    assertThat(SafeEcho.of("line\nbreak\u0000")).isEqualTo("line?break?");
    assertThat(SafeEcho.of("x".repeat(41))).isEqualTo("x".repeat(40) + "…");
    assertThat(SafeEcho.of(null)).isEqualTo("null");
  }
}
