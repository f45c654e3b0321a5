package io.kubemu.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;

/**
 * Builds one document's JSON tree from parser events, iteratively (no recursion, so depth costs no
 * stack), while recording where every node came from and enforcing the bounds: nesting depth,
 * aliases to collections, and the document's size once aliases are expanded. Duplicate keys are
 * recorded (the last one wins, as in Go's JSON decoding). Aliases and merge keys ({@code <<}) are
 * resolved here as go-yaml does; explicit keys win over merged ones, and earlier merge sources over
 * later ones (the YAML merge-key spec).
 */
final class TreeAssembler {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A duplicate key: its pointer and where the repeated key stands. */
  record Duplicate(String pointer, Position position) {}

  private record Anchor(JsonNode node, long size, boolean collection) {}

  private static final class Frame {
    final ContainerNode<?> node;
    final String pointer;
    final String anchor;
    final long startIndex;
    final String keyInParent;
    final Position keyPosition;
    final boolean mergeInParent;
    long expansion;
    String key;
    Position keyAt;
    boolean merge;
    boolean hasKey;
    Set<String> merged;

    Frame(
        ContainerNode<?> node,
        String pointer,
        String anchor,
        long startIndex,
        String keyInParent,
        Position keyPosition,
        boolean mergeInParent) {
      this.node = node;
      this.pointer = pointer;
      this.anchor = anchor;
      this.startIndex = startIndex;
      this.keyInParent = keyInParent;
      this.keyPosition = keyPosition;
      this.mergeInParent = mergeInParent;
    }
  }

  private final ManifestOptions options;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Map<String, Anchor> anchors = new HashMap<>();
  private Pointers pointers = new Pointers();
  private List<Duplicate> duplicates = new ArrayList<>();
  private JsonNode root;
  private boolean complete;
  private long documentStart;
  private long expansion;
  private int aliases;

  TreeAssembler(ManifestOptions options) {
    this.options = options;
  }

  /** Starts a new document at the given code point index of the stream. */
  void begin(long startIndex) {
    stack.clear();
    anchors.clear();
    pointers = new Pointers();
    duplicates = new ArrayList<>();
    root = null;
    complete = false;
    documentStart = startIndex;
    expansion = 0;
    aliases = 0;
  }

  boolean complete() {
    return complete;
  }

  JsonNode root() {
    return root;
  }

  /** {@return the root as built so far, for naming the object in an error} */
  JsonNode partialRoot() {
    return root != null ? root : stack.isEmpty() ? null : stack.peekLast().node;
  }

  Pointers pointers() {
    return pointers;
  }

  List<Duplicate> duplicates() {
    return duplicates;
  }

  /** {@return whether the next scalar is a mapping key} */
  boolean expectsKey() {
    Frame top = stack.peek();
    return top != null && top.node.isObject() && !top.hasKey;
  }

  void key(String key, Position position, boolean merge) {
    Frame top = stack.peek();
    top.key = key;
    top.keyAt = position;
    top.merge = merge;
    top.hasKey = true;
  }

  void startContainer(boolean object, String anchor, Position position, long index) {
    if (expectsKey()) {
      throw new SourceProblem(position, "yaml: mappings and sequences cannot be mapping keys");
    }
    if (stack.size() + 1 > options.maxNestingDepth()) {
      throw new SourceProblem(
          position,
          "yaml: exceeded max depth of "
              + options.maxNestingDepth()
              + " (ManifestOptions.maxNestingDepth)");
    }
    Frame parent = stack.peek();
    String pointer;
    Position recorded;
    String key = null;
    Position keyPosition = null;
    boolean merge = false;
    if (parent == null) {
      pointer = "";
      recorded = position;
    } else if (parent.node.isArray()) {
      pointer = Pointers.child(parent.pointer, parent.node.size());
      recorded = position;
    } else {
      key = parent.key;
      keyPosition = parent.keyAt;
      merge = parent.merge;
      parent.hasKey = false;
      pointer = merge ? parent.pointer : Pointers.child(parent.pointer, key);
      recorded = keyPosition;
    }
    if (!merge) pointers.put(pointer, recorded);
    ContainerNode<?> node = object ? NODES.objectNode() : NODES.arrayNode();
    stack.push(new Frame(node, pointer, anchor, index, key, keyPosition, merge));
  }

  void endContainer(long endIndex) {
    Frame done = stack.pop();
    if (done.anchor != null) {
      long size = Math.max(1, endIndex - done.startIndex) + done.expansion;
      anchors.put(done.anchor, new Anchor(done.node, size, true));
    }
    Frame parent = stack.peek();
    if (parent != null) parent.expansion += done.expansion;
    attach(parent, done.node, done.keyInParent, done.keyPosition, done.mergeInParent);
  }

  /** Adds a scalar value (keys go to {@link #key}). */
  void scalar(JsonNode value, String anchor, Position position, long start, long end) {
    if (anchor != null) anchor(anchor, value, start, end);
    value(value, position);
  }

  /** Registers an anchored scalar (also one used as a key). */
  void anchor(String name, JsonNode value, long start, long end) {
    anchors.put(name, new Anchor(value, Math.max(1, end - start), false));
  }

  /** {@return the node an alias stands for}, counted against the limits */
  JsonNode alias(String name, Position position, long index) {
    Anchor anchor = anchors.get(name);
    if (anchor == null) {
      for (Frame f : stack) {
        if (name.equals(f.anchor)) {
          throw new SourceProblem(position, "yaml: anchor '" + name + "' value contains itself");
        }
      }
      throw new SourceProblem(position, "yaml: unknown anchor '" + name + "' referenced");
    }
    if (anchor.collection() && ++aliases > options.maxAliasesForCollections()) {
      throw new SourceProblem(
          position,
          "yaml: document contains excessive aliasing: more than "
              + options.maxAliasesForCollections()
              + " aliases to mappings or sequences (ManifestOptions.maxAliasesForCollections)");
    }
    expansion += anchor.size();
    Frame top = stack.peek();
    if (top != null) top.expansion += anchor.size();
    if (index - documentStart + expansion > options.maxDocumentCodePoints()) {
      throw new SourceProblem(
          position,
          "yaml: document contains excessive aliasing: it expands beyond "
              + options.maxDocumentCodePoints()
              + " code points (ManifestOptions.maxDocumentCodePoints)");
    }
    return anchor.node();
  }

  /** Adds a value: a scalar or a resolved alias. */
  void value(JsonNode value, Position position) {
    Frame parent = stack.peek();
    if (parent == null) {
      pointers.put("", position);
      attach(null, value, null, null, false);
    } else if (parent.node.isArray()) {
      pointers.put(Pointers.child(parent.pointer, parent.node.size()), position);
      attach(parent, value, null, null, false);
    } else {
      parent.hasKey = false;
      if (!parent.merge) pointers.put(Pointers.child(parent.pointer, parent.key), parent.keyAt);
      attach(parent, value, parent.key, parent.keyAt, parent.merge);
    }
  }

  private void attach(Frame parent, JsonNode node, String key, Position at, boolean merge) {
    if (parent == null) {
      root = node;
      complete = true;
      return;
    }
    if (parent.node instanceof ArrayNode array) {
      array.add(node);
      return;
    }
    ObjectNode object = (ObjectNode) parent.node;
    if (merge) {
      merge(parent, object, node, at);
      return;
    }
    if (object.has(key)) {
      boolean overridesMerged = parent.merged != null && parent.merged.remove(key);
      if (!overridesMerged) duplicates.add(new Duplicate(Pointers.child(parent.pointer, key), at));
    }
    object.set(key, node);
  }

  // upstream goyaml.v2 decode.go: d.merge ("map merge requires map or sequence of maps")
  private void merge(Frame parent, ObjectNode target, JsonNode source, Position at) {
    List<JsonNode> sources = new ArrayList<>();
    if (source.isObject()) {
      sources.add(source);
    } else if (source.isArray()) {
      for (JsonNode s : source) {
        if (!s.isObject()) throw mergeProblem(at);
        sources.add(s);
      }
    } else {
      throw mergeProblem(at);
    }
    if (parent.merged == null) parent.merged = new HashSet<>();
    for (JsonNode s : sources) {
      for (Iterator<Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
        Entry<String, JsonNode> field = it.next();
        if (target.has(field.getKey())) continue;
        target.set(field.getKey(), field.getValue());
        parent.merged.add(field.getKey());
        pointers.putIfAbsent(Pointers.child(parent.pointer, field.getKey()), at);
      }
    }
  }

  private static SourceProblem mergeProblem(Position at) {
    return new SourceProblem(at, "yaml: map merge requires map or sequence of maps as the value");
  }
}
