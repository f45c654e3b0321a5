package io.kubemu.manifest;

/**
 * How manifests are read: field validation and the bounds that keep hostile input cheap.
 *
 * <p>{@link #DEFAULTS}: {@link Validation#STRICT}, at most 50 aliases to collections per document,
 * nesting depth 100, 3 MiB (3,145,728 code points) per document (counting what aliases expand to),
 * 10,000 documents per stream.
 *
 * @param validation what unknown and duplicate fields do
 * @param maxAliasesForCollections how many aliases to mappings or sequences one document may use
 * @param maxNestingDepth how deeply mappings and sequences may nest (the document root is depth 1)
 * @param maxDocumentCodePoints how large one document may be, in code points, with every alias
 *     counted as the size of what it stands for
 * @param maxDocuments how many documents (empty ones included) one stream may hold
 */
public record ManifestOptions(
    Validation validation,
    int maxAliasesForCollections,
    int maxNestingDepth,
    int maxDocumentCodePoints,
    int maxDocuments) {

  /** What unknown and duplicate fields do, as kubectl's {@code --validate}. */
  public enum Validation {
    /** They are errors ({@code --validate=strict}, the default). */
    STRICT,
    /** They are collected as warnings and the objects are still returned. */
    WARN,
    /** They are dropped silently; the last of duplicate fields wins. */
    IGNORE
  }

  /** The defaults listed above. */
  public static final ManifestOptions DEFAULTS =
      new ManifestOptions(Validation.STRICT, 50, 100, 3 * 1024 * 1024, 10_000);

  public ManifestOptions {
    if (validation == null) throw new IllegalArgumentException("validation must not be null");
    positive("maxAliasesForCollections", maxAliasesForCollections, 0);
    positive("maxNestingDepth", maxNestingDepth, 1);
    positive("maxDocumentCodePoints", maxDocumentCodePoints, 1);
    positive("maxDocuments", maxDocuments, 1);
  }

  private static void positive(String name, int value, int min) {
    if (value < min) throw new IllegalArgumentException(name + " must be at least " + min);
  }

  public ManifestOptions withValidation(Validation validation) {
    return new ManifestOptions(
        validation, maxAliasesForCollections, maxNestingDepth, maxDocumentCodePoints, maxDocuments);
  }

  public ManifestOptions withMaxAliasesForCollections(int maxAliasesForCollections) {
    return new ManifestOptions(
        validation, maxAliasesForCollections, maxNestingDepth, maxDocumentCodePoints, maxDocuments);
  }

  public ManifestOptions withMaxNestingDepth(int maxNestingDepth) {
    return new ManifestOptions(
        validation, maxAliasesForCollections, maxNestingDepth, maxDocumentCodePoints, maxDocuments);
  }

  public ManifestOptions withMaxDocumentCodePoints(int maxDocumentCodePoints) {
    return new ManifestOptions(
        validation, maxAliasesForCollections, maxNestingDepth, maxDocumentCodePoints, maxDocuments);
  }

  public ManifestOptions withMaxDocuments(int maxDocuments) {
    return new ManifestOptions(
        validation, maxAliasesForCollections, maxNestingDepth, maxDocumentCodePoints, maxDocuments);
  }
}
