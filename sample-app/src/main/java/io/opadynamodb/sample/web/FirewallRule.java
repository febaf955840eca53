package io.opadynamodb.sample.web;

/**
 * A firewall rule to create: traffic to a port, from a source range.
 *
 * @param port the destination port
 * @param source the source range in CIDR notation, e.g. 10.0.0.0/8
 */
public record FirewallRule(int port, String source) {}
