package org.alliancecompass.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shares of involvement a new agreement version starts from when a partner joins or leaves. */
class RebalancedSharesTest {

  @Test
  @DisplayName("A first agreement starts from equal shares that add up to exactly 100")
  void firstAgreement() {
    assertThat(PrepareDraft.rebalancedShares(shares(null, null, null))).containsExactly(
        new BigDecimal("33.4"), new BigDecimal("33.3"), new BigDecimal("33.3"));
  }

  @Test
  @DisplayName("A newcomer starts from an equal share; the partners keep their proportions of the rest")
  void newcomer() {
    assertThat(PrepareDraft.rebalancedShares(shares(50.0, 30.0, 20.0, null))).containsExactly(
        new BigDecimal("37.5"), new BigDecimal("22.5"), new BigDecimal("15.0"), new BigDecimal("25.0"));
  }

  @Test
  @DisplayName("When a partner leaves, the others' shares grow pro rata to 100")
  void leaver() {
    assertThat(PrepareDraft.rebalancedShares(shares(50.0, 30.0))).containsExactly(
        new BigDecimal("62.5"), new BigDecimal("37.5"));
  }

  @Test
  @DisplayName("Rounding to one decimal never leaves the shares adding up to anything but 100")
  void rounding() {
    for (List<BigDecimal> before : List.of(shares(33.3, 33.3, 33.4, null), shares(33.4, 33.3), shares(10.0, 10.0, 10.0),
        shares(1.0, 2.0, null, null, null, null, null), shares(99.9, 0.1, null))) {
      assertThat(PrepareDraft.rebalancedShares(before).stream().reduce(BigDecimal.ZERO, BigDecimal::add))
          .as("shares from %s", before).isEqualByComparingTo("100");
    }
  }

  private static List<BigDecimal> shares(Double... shares) {
    return Arrays.stream(shares).map(share -> share == null ? null : BigDecimal.valueOf(share)).toList();
  }
}
