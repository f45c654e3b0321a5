/** kubemu examples. */
package io.kubemu.examples;
