package io.kubemu.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One document of a stream, as a JSON tree.
 *
 * @param index 1-based position in the stream, empty documents included
 * @param root the tree; null or a null node for an empty document
 * @param pointers where each node was read
 * @param duplicates the repeated keys (the last value was kept)
 */
record Document(
    int index, JsonNode root, Pointers pointers, List<TreeAssembler.Duplicate> duplicates) {}
