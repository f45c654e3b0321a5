package io.kubemu.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Reads YAML documents from SnakeYAML's event parser. Jackson's YAMLParser sits on the same parser
 * but hides what Kubernetes' reading depends on (whether a scalar was quoted, anchors on scalars),
 * so the tree is built from the events directly, with go-yaml's scalar rules ({@link GoYaml}).
 *
 * <p>Only YAML's core tags are accepted ({@code !!str}, {@code !!int}, {@code !!float}, {@code
 * !!bool}, {@code !!null}, {@code !!timestamp}, {@code !!map}, {@code !!seq}, {@code !!merge}): a
 * tag never selects a class, and other tags are an error rather than silently ignored.
 */
final class YamlDocuments implements DocumentSource {
  private static final String CORE = "tag:yaml.org,2002:";

  private final String source;
  private final ManifestOptions options;
  private final CodePointReader reader;
  private final ParserImpl parser;
  private final TreeAssembler tree;
  private int documents;
  private boolean inDocument;

  YamlDocuments(Reader in, String source, ManifestOptions options) {
    this.source = source;
    this.options = options;
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(options.maxDocumentCodePoints());
    // The next three bind SnakeYAML's composer, which this reader does not use: TreeAssembler
    // enforces the same bounds on the event stream. Set for anyone reusing these options.
    loader.setMaxAliasesForCollections(options.maxAliasesForCollections());
    loader.setNestingDepthLimit(options.maxNestingDepth());
    loader.setAllowDuplicateKeys(false);
    loader.setProcessComments(false);
    this.reader = new CodePointReader(in, source, options.maxDocumentCodePoints());
    this.parser = new ParserImpl(reader, loader);
    this.tree = new TreeAssembler(options);
  }

  @Override
  public Document next() {
    try {
      return read();
    } catch (SourceProblem p) {
      throw error(p.position(), p.getMessage(), null);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      throw error(position(mark), "yaml: " + e.getProblem() + context, e);
    } catch (YAMLException e) {
      String message = String.valueOf(e.getMessage());
      if (message.startsWith("The incoming YAML document exceeds the limit")) {
        message =
            "yaml: document exceeds the limit of "
                + options.maxDocumentCodePoints()
                + " code points (ManifestOptions.maxDocumentCodePoints)";
      } else {
        message = "yaml: " + message;
      }
      throw error(reader.position(), message, e);
    } catch (UncheckedIOException e) {
      throw error(null, "cannot read: " + e.getCause().getMessage(), e.getCause());
    }
  }

  private ManifestException error(Position position, String detail, Throwable cause) {
    int document = inDocument ? documents : documents + 1;
    String object = inDocument ? DocumentSource.describe(tree.partialRoot()) : null;
    return new ManifestException(source, document, object, position, null, detail, cause);
  }

  private Document read() {
    while (true) {
      Event e = parser.getEvent();
      switch (e.getEventId()) {
        case StreamEnd:
          return null;
        case DocumentStart:
          if (documents + 1 > options.maxDocuments()) {
            throw new SourceProblem(
                position(e.getStartMark()),
                "the stream has more than "
                    + options.maxDocuments()
                    + " documents (ManifestOptions.maxDocuments)");
          }
          documents++;
          inDocument = true;
          tree.begin(e.getStartMark().getIndex());
          break;
        case DocumentEnd:
          inDocument = false;
          return new Document(documents, tree.root(), tree.pointers(), tree.duplicates());
        case MappingStart:
        case SequenceStart:
          collection((CollectionStartEvent) e);
          break;
        case MappingEnd:
        case SequenceEnd:
          tree.endContainer(e.getEndMark().getIndex());
          break;
        case Scalar:
          scalar((ScalarEvent) e);
          break;
        case Alias:
          alias((AliasEvent) e);
          break;
        default:
          break;
      }
    }
  }

  private void collection(CollectionStartEvent e) {
    boolean mapping = e.is(Event.ID.MappingStart);
    String tag = e.getTag();
    if (tag != null && !tag.equals("!") && !tag.equals(CORE + (mapping ? "map" : "seq"))) {
      throw unsupportedTag(tag, e);
    }
    Position at = position(e.getStartMark());
    tree.startContainer(mapping, e.getAnchor(), at, e.getStartMark().getIndex());
  }

  private void scalar(ScalarEvent e) {
    Position at = position(e.getStartMark());
    String tag = e.getTag();
    if (tree.expectsKey()) {
      // upstream goyaml.v2 decode.go isMerge: a plain "<<" or an explicit !!merge
      boolean merge =
          (CORE + "merge").equals(tag) || (tag == null && e.isPlain() && "<<".equals(e.getValue()));
      JsonNode resolved = merge ? TextNode.valueOf("<<") : resolve(e, at);
      String key = GoYaml.keyString(resolved);
      if (key == null) throw new SourceProblem(at, "yaml: a mapping key must not be null");
      if (e.getAnchor() != null) {
        tree.anchor(
            e.getAnchor(), resolved, e.getStartMark().getIndex(), e.getEndMark().getIndex());
      }
      tree.key(key, at, merge);
      return;
    }
    JsonNode value = json(resolve(e, at), at);
    tree.scalar(value, e.getAnchor(), at, e.getStartMark().getIndex(), e.getEndMark().getIndex());
  }

  private void alias(AliasEvent e) {
    Position at = position(e.getStartMark());
    JsonNode node = tree.alias(e.getAnchor(), at, e.getStartMark().getIndex());
    if (tree.expectsKey()) {
      String key = node.isValueNode() ? GoYaml.keyString(node) : null;
      if (key == null) {
        throw new SourceProblem(at, "yaml: mappings, sequences and null cannot be mapping keys");
      }
      tree.key(key, at, false);
    } else {
      tree.value(node, at);
    }
  }

  // upstream goyaml.v2 resolve.go: resolve(tag, in)
  private JsonNode resolve(ScalarEvent e, Position at) {
    String tag = e.getTag();
    String value = e.getValue();
    if (tag == null) return e.isPlain() ? GoYaml.resolvePlain(value) : TextNode.valueOf(value);
    if (tag.equals("!") || tag.equals(CORE + "str") || tag.equals(CORE + "timestamp")) {
      return TextNode.valueOf(value);
    }
    if (!tag.startsWith(CORE)) throw unsupportedTag(tag, e);
    JsonNode resolved = GoYaml.resolvePlain(value);
    switch (tag.substring(CORE.length())) {
      case "null":
        if (resolved.isNull()) return resolved;
        break;
      case "bool":
        if (resolved.isBoolean()) return resolved;
        break;
      case "int":
        if (resolved.isIntegralNumber()) return resolved;
        break;
      case "float":
        if (resolved.isIntegralNumber()) return DoubleNode.valueOf(resolved.doubleValue());
        if (resolved.isDouble()) return resolved;
        break;
      default:
        throw unsupportedTag(tag, e);
    }
    throw new SourceProblem(
        at, "yaml: cannot decode " + goTag(resolved) + " `" + value + "` as a " + shortTag(tag));
  }

  private static JsonNode json(JsonNode resolved, Position at) {
    try {
      return GoYaml.toJson(resolved);
    } catch (IllegalArgumentException x) {
      throw new SourceProblem(at, x.getMessage());
    }
  }

  private static String goTag(JsonNode resolved) {
    if (resolved.isNull()) return "!!null";
    if (resolved.isBoolean()) return "!!bool";
    if (resolved.isIntegralNumber()) return "!!int";
    if (resolved.isDouble()) return "!!float";
    return "!!str";
  }

  private static SourceProblem unsupportedTag(String tag, Event e) {
    return new SourceProblem(
        position(e.getStartMark()),
        "yaml: tag "
            + shortTag(tag)
            + " is not supported: manifests may use only YAML's core tags"
            + " (!!str, !!int, !!float, !!bool, !!null, !!timestamp, !!map, !!seq, !!merge)");
  }

  private static String shortTag(String tag) {
    return tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : tag;
  }

  private static Position position(Mark mark) {
    return mark == null ? null : new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }
}
