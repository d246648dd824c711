package org.alliancecompass.work;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The sweep of {@link WorkItemSweep} runs on Spring's scheduler, on every node. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WorkConfiguration {
}
