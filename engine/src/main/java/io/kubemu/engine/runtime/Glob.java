package io.kubemu.engine.runtime;

import java.util.regex.Pattern;

/** A shell-style glob: {@code *} matches any run of characters (slashes too), {@code ?} one. */
record Glob(String text, Pattern pattern) {

  static Glob of(String text) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new Glob(text, Pattern.compile(re.toString()));
  }

  boolean matches(String s) {
    return s != null && pattern.matcher(s).matches();
  }

  /**
   * Matches an image reference: the whole reference, or (for a glob without {@code /}) its last
   * path segment with tag, so that {@code nginx*} matches {@code harbor.od.com/public/nginx:v1.12}.
   */
  boolean matchesImage(String image) {
    if (image == null) return false;
    if (matches(image)) return true;
    if (text.indexOf('/') >= 0) return false;
    int slash = image.lastIndexOf('/');
    return slash >= 0 && matches(image.substring(slash + 1));
  }
}
