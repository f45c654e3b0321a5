package io.kubemu.model.core;

/**
 * An address of a node.
 *
 * @param type Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS
 */
public record NodeAddress(String type, String address) {

  /** type Hostname. */
  public static final String HOSTNAME = "Hostname";

  /** type InternalIP. */
  public static final String INTERNAL_IP = "InternalIP";

  /** type ExternalIP. */
  public static final String EXTERNAL_IP = "ExternalIP";

  /** type InternalDNS. */
  public static final String INTERNAL_DNS = "InternalDNS";

  /** type ExternalDNS. */
  public static final String EXTERNAL_DNS = "ExternalDNS";
}
