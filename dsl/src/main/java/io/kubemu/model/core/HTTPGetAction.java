package io.kubemu.model.core;

import io.kubemu.model.IntOrString;
import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * An HTTP GET (a probe or hook); a status in [200, 400) is success.
 *
 * @param port required, a number or a container port name
 * @param host defaults to the pod IP
 * @param path defaults to {@code /}
 * @param scheme HTTP or HTTPS; defaults to HTTP
 */
public record HTTPGetAction(
    IntOrString port, String host, List<HTTPHeader> httpHeaders, String path, String scheme) {

  /** scheme HTTP, the default. */
  public static final String SCHEME_HTTP = "HTTP";

  /** scheme HTTPS. */
  public static final String SCHEME_HTTPS = "HTTPS";

  public HTTPGetAction {
    httpHeaders = Copies.list(httpHeaders);
  }

  public HTTPGetAction withPath(String path) {
    return new HTTPGetAction(port, host, httpHeaders, path, scheme);
  }

  public HTTPGetAction withScheme(String scheme) {
    return new HTTPGetAction(port, host, httpHeaders, path, scheme);
  }
}
