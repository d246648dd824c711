package org.alliancecompass.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications are mailed ({@code alliance.notification.*}); whether they are mailed at all
 * is Spring Boot's {@code spring.mail.*}.
 *
 * @param mailFrom the sender of every mail, e.g. {@code Alliance Compass <alliance-compass@example.org>}
 */
@ConfigurationProperties("alliance.notification")
public record NotificationSettings(
    @DefaultValue("Alliance Compass <alliance-compass@localhost>") String mailFrom) {
}
