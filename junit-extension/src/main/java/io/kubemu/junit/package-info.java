/** kubemu junit-extension. */
package io.kubemu.junit;
