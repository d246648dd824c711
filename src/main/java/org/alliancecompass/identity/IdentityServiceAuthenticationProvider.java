package org.alliancecompass.identity;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a login against Camunda's identity service, so that Tasklist, Cockpit, Admin, the REST
 * API and the dashboard share one set of users: the ones managed in the Admin webapp. The user's
 * Camunda groups become its authorities, one per group id.
 *
 * <p>After a wrong password the identity service holds the account back for a few seconds, longer
 * after each further one, and locks it after too many; meanwhile even the right password fails.
 * Such a sign-in is refused saying so, and for how long, rather than as a wrong password.
 */
@Component
class IdentityServiceAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engine;

  IdentityServiceAuthenticationProvider(IdentityService identityService, ProcessEngineConfigurationImpl engine) {
    this.identityService = identityService;
    this.engine = engine;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId != null && !userId.isBlank()) {
      refuseWhileHeldBack(userId);
    }
    if (userId == null || userId.isBlank() || !(credentials instanceof String password)
        || !identityService.checkPassword(userId, password)) {
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(userId).list()
        .stream().map(Group::getId).map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  private void refuseWhileHeldBack(String userId) {
    if (!(identityService.createUserQuery().userId(userId).singleResult() instanceof UserEntity user)) {
      return;
    }
    if (user.getAttempts() >= engine.getLoginMaxAttempts()) {
      throw new LockedException("This account is locked after too many wrong passwords. An administrator can "
          + "unlock it in Admin, under Users.");
    }
    Date until = user.getLockExpirationTime();
    long millis = until == null ? 0 : until.getTime() - ClockUtil.getCurrentTime().getTime();
    if (millis > 0) {
      long seconds = Duration.ofMillis(millis).toSeconds() + 1;
      throw new LockedException("After a wrong password this account is held back for " + seconds + " more second"
          + (seconds == 1 ? "" : "s") + ". Wait that long, then sign in again.");
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
