/** kubemu benchmarks. */
package io.kubemu.benchmarks;
