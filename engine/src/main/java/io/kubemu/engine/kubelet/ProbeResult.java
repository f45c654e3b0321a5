package io.kubemu.engine.kubelet;

/** A probe result (prober/results.Result). */
enum ProbeResult {
  SUCCESS,
  FAILURE,
  UNKNOWN
}
