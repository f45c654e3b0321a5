/**
 * The JUnit Jupiter extension: {@link io.kubemu.junit.KubemuTest @KubemuTest} gives every test a
 * fresh in-memory cluster, configured with {@link io.kubemu.junit.WithNode @WithNode} and {@link
 * io.kubemu.junit.WithManifests @WithManifests} (or {@link
 * io.kubemu.junit.KubemuExtension#builder()} for {@code @RegisterExtension}), injected by type into
 * parameters and fields, closed after the test, and reported (timeline appended to the failure,
 * HTML report with charts) when the test fails.
 */
package io.kubemu.junit;
