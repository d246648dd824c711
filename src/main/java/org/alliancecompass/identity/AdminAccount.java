package org.alliancecompass.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator the application creates on a database that has none. Outside the demo
 * profile its password must come from the environment ({@code ALLIANCE_ADMIN_PASSWORD}): there is
 * no default password.
 */
@ConfigurationProperties("alliance.admin")
public record AdminAccount(String user, String password) {

  public AdminAccount {
    if (user == null || user.isBlank()) {
      user = "admin";
    }
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("""
          No administrator password: set the environment variable ALLIANCE_ADMIN_PASSWORD \
          (property alliance.admin.password). Only the demo profile has default passwords; \
          this one must come from your environment.""");
    }
  }
}
