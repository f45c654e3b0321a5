package io.kubemu.manifest;

/**
 * A place in a manifest, 1-based.
 *
 * @param line the line, from 1
 * @param column the column in code points, from 1
 */
record Position(int line, int column) {}
