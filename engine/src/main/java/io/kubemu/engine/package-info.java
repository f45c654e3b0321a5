/** kubemu engine. */
package io.kubemu.engine;
