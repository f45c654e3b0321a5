package io.kubemu.engine.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The images present on one node (the CRI image service's store), keyed by reference with the
 * default tag applied ({@code busybox} is {@code busybox:latest}). Deterministic (sorted) and not
 * thread-safe.
 */
public final class ImageStore {

  /**
   * An image on the node.
   *
   * @param reference the reference, default tag applied
   * @param imageRef its digest reference, {@code <repository>@sha256:<hex>}
   * @param sizeBytes its size
   */
  public record StoredImage(String reference, String imageRef, long sizeBytes) {}

  private final Map<String, StoredImage> images = new TreeMap<>();

  /** {@return whether {@code image} is present} */
  public boolean present(String image) {
    return images.containsKey(withDefaultTag(image));
  }

  /** Adds (or replaces) an image. */
  public StoredImage add(String image, long sizeBytes) {
    String ref = withDefaultTag(image);
    StoredImage s = new StoredImage(ref, imageRef(ref), sizeBytes);
    images.put(ref, s);
    return s;
  }

  /** Removes an image; {@return whether it was present} */
  public boolean remove(String image) {
    return images.remove(withDefaultTag(image)) != null;
  }

  /** {@return the images, sorted by reference} */
  public List<StoredImage> list() {
    return new ArrayList<>(images.values());
  }

  // images.applyDefaultImageTag: no tag and no digest -> ":latest"
  /** {@return {@code image} with {@code :latest} when it has neither tag nor digest} */
  public static String withDefaultTag(String image) {
    if (image == null || image.isEmpty()) return "";
    if (image.indexOf('@') >= 0) return image;
    int slash = image.lastIndexOf('/');
    return image.indexOf(':', slash + 1) >= 0 ? image : image + ":latest";
  }

  /** {@return the digest reference of an image: its repository {@code @sha256:} a hash of it} */
  public static String imageRef(String image) {
    String ref = withDefaultTag(image);
    int at = ref.indexOf('@');
    if (at >= 0) return ref;
    int slash = ref.lastIndexOf('/');
    int colon = ref.indexOf(':', slash + 1);
    String repo = colon >= 0 ? ref.substring(0, colon) : ref;
    return repo + "@sha256:" + sha256(ref);
  }

  /** {@return the hex SHA-256 of {@code text} (deterministic ids)} */
  public static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
