package io.kubemu.manifest;

/**
 * A problem found while turning text into a tree, before the document number and object are known;
 * the document reader wraps it into a {@link ManifestException}.
 */
final class SourceProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Position position;

  SourceProblem(Position position, String detail) {
    super(detail, null, false, false);
    this.position = position;
  }

  Position position() {
    return position;
  }
}
