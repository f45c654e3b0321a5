package io.kubemu.engine.kubectl;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.FieldError;
import java.util.List;

/** Renders API errors as kubectl prints them (cmdutil.CheckErr / StandardErrorMessage). */
final class ApiErrors {
  private ApiErrors() {}

  /** {@return kubectl's stderr text for the error, without a trailing newline} */
  static String message(ApiException e) {
    if (e instanceof ApiException.Invalid invalid && invalid.kind() != null) {
      // checkErr: "The <Kind> "<name>" is invalid: <cause>" or a bullet list of causes
      String prefix =
          "The " + invalid.kind().kind() + " \"" + nullToEmpty(invalid.name()) + "\" is invalid";
      List<FieldError> errors = invalid.errors();
      if (errors.isEmpty()) return "Error from server (Invalid): " + e.getMessage();
      if (errors.size() == 1) return prefix + ": " + cause(errors.get(0));
      StringBuilder b = new StringBuilder(prefix + ": ");
      for (FieldError f : errors) b.append("\n* ").append(cause(f));
      return b.toString();
    }
    if (e.reason() != null && !e.reason().isEmpty()) {
      return "Error from server (" + e.reason() + "): " + e.getMessage();
    }
    return "Error from server: " + e.getMessage();
  }

  /** {@return a {@link KubectlException} carrying kubectl's text for the error} */
  static KubectlException of(ApiException e, String output) {
    return new KubectlException(message(e), output);
  }

  private static String cause(FieldError f) {
    return f.field() + ": " + f.body();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
