package io.kubemu.manifest;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Quotes, on top of Jackson's own rules, every string that go-yaml v2 would not read back as that
 * string ({@code "true"}, {@code "on"}, {@code "y"}, {@code "0x1F"}, {@code "1e3"}, {@code "~"},
 * {@code "<<"}), so that {@code kubectl apply} sees the same value kubemu wrote.
 */
final class GoYamlQuoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;

  @Override
  public boolean needToQuoteName(String name) {
    return super.needToQuoteName(name) || GoYaml.needsQuotes(name);
  }

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value) || GoYaml.needsQuotes(value);
  }
}
