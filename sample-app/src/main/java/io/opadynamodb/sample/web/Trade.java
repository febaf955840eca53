package io.opadynamodb.sample.web;

/**
 * A stock purchase.
 *
 * @param ticker the stock, e.g. MSFT
 * @param amount the purchase amount in dollars
 */
public record Trade(String ticker, long amount) {}
