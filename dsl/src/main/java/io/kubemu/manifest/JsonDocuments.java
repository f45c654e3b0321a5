package io.kubemu.manifest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a stream of JSON values (kubectl takes input that starts with {@code {} as JSON: upstream
 * {@code yaml.NewYAMLOrJSONDecoder}). The tree is built with the same {@link TreeAssembler} as YAML,
 * so duplicate keys, positions and bounds work alike; Jackson's own read constraints back them up.
 */
final class JsonDocuments implements DocumentSource {
  private final String source;
  private final ManifestOptions options;
  private final JsonParser parser;
  private final TreeAssembler tree;
  private int documents;
  private boolean inDocument;
  private long documentStart;

  JsonDocuments(Reader in, String source, ManifestOptions options) {
    this.source = source;
    this.options = options;
    JsonFactory factory =
        JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(options.maxNestingDepth() + 1)
                    .maxStringLength(options.maxDocumentCodePoints())
                    .build())
            .build();
    try {
      this.parser = factory.createParser(in);
    } catch (IOException e) {
      throw new ManifestException(source, 0, null, null, null, "cannot read: " + e, e);
    }
    this.tree = new TreeAssembler(options);
  }

  @Override
  public Document next() {
    try {
      return read();
    } catch (SourceProblem p) {
      throw error(p.position(), p.getMessage(), null);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      Position position = at == null ? null : new Position(at.getLineNr(), at.getColumnNr());
      throw error(position, "json: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw error(null, "cannot read: " + e.getMessage(), e);
    }
  }

  private ManifestException error(Position position, String detail, Throwable cause) {
    int document = inDocument ? documents : documents + 1;
    String object = inDocument ? DocumentSource.describe(tree.partialRoot()) : null;
    return new ManifestException(source, document, object, position, null, detail, cause);
  }

  private Document read() throws IOException {
    while (true) {
      JsonToken token = parser.nextToken();
      if (token == null) return null;
      JsonLocation location = parser.currentTokenLocation();
      Position at = new Position(location.getLineNr(), location.getColumnNr());
      long index = location.getCharOffset();
      if (!inDocument) {
        if (documents + 1 > options.maxDocuments()) {
          throw new SourceProblem(
              at,
              "the stream has more than "
                  + options.maxDocuments()
                  + " documents (ManifestOptions.maxDocuments)");
        }
        documents++;
        inDocument = true;
        documentStart = index;
        tree.begin(index);
      } else if (index - documentStart > options.maxDocumentCodePoints()) {
        throw new SourceProblem(
            at,
            "json: document exceeds the limit of "
                + options.maxDocumentCodePoints()
                + " characters (ManifestOptions.maxDocumentCodePoints)");
      }
      switch (token) {
        case START_OBJECT:
        case START_ARRAY:
          tree.startContainer(token == JsonToken.START_OBJECT, null, at, index);
          break;
        case END_OBJECT:
        case END_ARRAY:
          tree.endContainer(index + 1);
          break;
        case FIELD_NAME:
          tree.key(parser.currentName(), at, false);
          break;
        default:
          tree.value(scalar(token), at);
          break;
      }
      if (tree.complete()) {
        inDocument = false;
        return new Document(documents, tree.root(), tree.pointers(), tree.duplicates());
      }
    }
  }

  private JsonNode scalar(JsonToken token) throws IOException {
    switch (token) {
      case VALUE_STRING:
        return TextNode.valueOf(parser.getText());
      case VALUE_NUMBER_INT:
        return GoYaml.integer(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return DoubleNode.valueOf(parser.getDoubleValue());
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      default:
        return NullNode.instance;
    }
  }
}
