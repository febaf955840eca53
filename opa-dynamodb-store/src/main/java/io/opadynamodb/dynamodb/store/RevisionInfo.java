package io.opadynamodb.dynamodb.store;

import java.time.Instant;

/**
 * A kept revision ({@code revision#<r>} item).
 *
 * @param revision its number
 * @param checksum SHA-256 of its content
 * @param modules number of modules
 * @param dataPaths number of data documents
 * @param publishedAt when it was written
 * @param publishedBy who wrote it
 */
public record RevisionInfo(long revision, String checksum, int modules, int dataPaths, Instant publishedAt,
    String publishedBy) {}
