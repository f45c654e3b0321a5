package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/** An entry added to the pod's /etc/hosts. */
public record HostAlias(String ip, List<String> hostnames) {

  public HostAlias {
    hostnames = Copies.list(hostnames);
  }
}
