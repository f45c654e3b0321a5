/**
 * Failure messages of the kubemu assertions, one {@code ShouldXxx} factory per message in AssertJ's
 * house format ({@code Expecting ... to ... but ...}), and {@link
 * io.kubemu.assertions.error.ConditionTimeoutError} for virtual-time waits that ran out.
 */
package io.kubemu.assertions.error;
