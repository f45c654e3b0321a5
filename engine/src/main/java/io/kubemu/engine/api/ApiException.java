package io.kubemu.engine.api;

import io.kubemu.model.Kind;
import java.util.List;

/**
 * An error answered by the {@link ApiServer}, as the real API server's {@code metav1.Status}: an
 * HTTP code, a {@code StatusReason} and Kubernetes' message. The nested subclasses are the reasons
 * kubemu answers; catch them by type ({@code catch (ApiException.Conflict e)}).
 *
 * <p>Immutable; safe to share.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String reason;
  private final transient Kind kind;
  private final String name;

  /**
   * @param code HTTP status code, e.g. 404
   * @param reason the metav1.StatusReason, e.g. {@code NotFound}
   * @param message Kubernetes' message
   * @param kind the kind the error is about, or null
   * @param name the object's name, or null
   */
  public ApiException(int code, String reason, String message, Kind kind, String name) {
    super(message);
    this.code = code;
    this.reason = reason;
    this.kind = kind;
    this.name = name;
  }

  /** {@return the HTTP status code} */
  public int code() {
    return code;
  }

  /** {@return the metav1.StatusReason, e.g. {@code Conflict}} */
  public String reason() {
    return reason;
  }

  /** {@return the kind the error is about, or null} */
  public Kind kind() {
    return kind;
  }

  /** {@return the name of the object the error is about, or null} */
  public String name() {
    return name;
  }

  /** 404 NotFound: {@code deployments.apps "web" not found} (errors.NewNotFound). */
  public static final class NotFound extends ApiException {
    private static final long serialVersionUID = 1L;

    public NotFound(Kind kind, String name) {
      super(
          404,
          "NotFound",
          kind.qualifiedResource() + " " + GoFormat.quote(name) + " not found",
          kind,
          name);
    }

    /** A NotFound with a free message, e.g. for a missing subresource. */
    public NotFound(String message) {
      super(404, "NotFound", message, null, null);
    }
  }

  /** 409 AlreadyExists: {@code deployments.apps "web" already exists} (errors.NewAlreadyExists). */
  public static final class AlreadyExists extends ApiException {
    private static final long serialVersionUID = 1L;

    public AlreadyExists(Kind kind, String name) {
      this(kind, name, "");
    }

    /** With a prefix such as {@code "object is being deleted: "}. */
    public AlreadyExists(Kind kind, String name, String prefix) {
      super(
          409,
          "AlreadyExists",
          prefix + kind.qualifiedResource() + " " + GoFormat.quote(name) + " already exists",
          kind,
          name);
    }
  }

  /**
   * 409 Conflict: {@code Operation cannot be fulfilled on deployments.apps "web": <cause>}
   * (errors.NewConflict).
   */
  public static final class Conflict extends ApiException {
    private static final long serialVersionUID = 1L;

    /** The cause of a stale resourceVersion (storage.OptimisticLockErrorMsg). */
    public static final String OPTIMISTIC_LOCK =
        "the object has been modified; please apply your changes to the latest version and try"
            + " again";

    /** A conflict on the qualified resource ({@code deployments.apps}). */
    public Conflict(Kind kind, String name, String cause) {
      this(kind.qualifiedResource(), kind, name, cause);
    }

    /** A conflict whose message names {@code qualified} (upstream sometimes uses the kind). */
    public Conflict(String qualified, Kind kind, String name, String cause) {
      super(
          409,
          "Conflict",
          "Operation cannot be fulfilled on "
              + qualified
              + " "
              + GoFormat.quote(name)
              + ": "
              + cause,
          kind,
          name);
    }
  }

  /**
   * 422 Invalid: {@code Deployment.apps "web" is invalid: <error>} or {@code ... is invalid: [<a>,
   * <b>]} (errors.NewInvalid), carrying the field errors.
   */
  public static final class Invalid extends ApiException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public Invalid(Kind kind, String name, List<FieldError> errors) {
      this(kind.qualifiedKind(), kind, name, errors);
    }

    /**
     * An Invalid whose message names {@code qualifiedKind}, e.g. {@code DeleteOptions.meta.k8s.io}.
     */
    public Invalid(String qualifiedKind, Kind kind, String name, List<FieldError> errors) {
      super(422, "Invalid", message(qualifiedKind, name, errors), kind, name);
      this.errors = List.copyOf(errors);
    }

    /** {@return the field errors, in order} */
    public List<FieldError> errors() {
      return errors;
    }

    private static String message(String qualifiedKind, String name, List<FieldError> errors) {
      String head = qualifiedKind + " " + GoFormat.quote(name == null ? "" : name) + " is invalid";
      String agg = FieldError.aggregate(errors);
      return agg.isEmpty() ? head : head + ": " + agg;
    }
  }

  /** 400 BadRequest with a free message (errors.NewBadRequest). */
  public static final class BadRequest extends ApiException {
    private static final long serialVersionUID = 1L;

    public BadRequest(String message) {
      super(400, "BadRequest", message, null, null);
    }
  }

  /** 403 Forbidden: {@code namespaces "default" is forbidden: <cause>} (errors.NewForbidden). */
  public static final class Forbidden extends ApiException {
    private static final long serialVersionUID = 1L;

    public Forbidden(Kind kind, String name, String cause) {
      super(
          403,
          "Forbidden",
          kind.qualifiedResource()
              + " "
              + GoFormat.quote(name == null ? "" : name)
              + " is forbidden: "
              + cause,
          kind,
          name);
    }
  }

  /** 429 TooManyRequests, e.g. an eviction blocked by a disruption budget. */
  public static final class TooManyRequests extends ApiException {
    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    public TooManyRequests(String message, int retryAfterSeconds) {
      super(429, "TooManyRequests", message, null, null);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    /** {@return the suggested wait before retrying, 0 if none} */
    public int retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
