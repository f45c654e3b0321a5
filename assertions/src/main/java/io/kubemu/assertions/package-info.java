/** kubemu assertions. */
package io.kubemu.assertions;
