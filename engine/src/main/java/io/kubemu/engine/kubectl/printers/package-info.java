/**
 * kubectl's table printing: one printer per kind (pkg/printers/internalversion), the table
 * decoration and tab writer of cli-runtime, and HumanDuration ages. Stateless.
 */
package io.kubemu.engine.kubectl.printers;
