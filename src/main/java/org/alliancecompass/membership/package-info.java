/**
 * Membership: an organisation joins a running alliance (accession) or a partner leaves it (exit of
 * one party). The processes {@code partner-accession} and {@code partner-exit}, called from the
 * lifecycle; the agreement version that follows is the agreement module's.
 */
package org.alliancecompass.membership;
