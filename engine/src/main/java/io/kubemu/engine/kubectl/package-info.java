/**
 * kubectl views of a kubemu cluster: {@link io.kubemu.engine.kubectl.Kubectl} runs kubectl command
 * lines (v1.30 output: tables, describe, -o yaml/json/name, -w from the timeline, write verbs) at
 * the virtual time; {@link io.kubemu.engine.kubectl.KubectlBackend} is where the controller-side
 * verbs (rollout status/history/undo, drain) are wired.
 */
package io.kubemu.engine.kubectl;
