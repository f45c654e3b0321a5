/**
 * AssertJ assertions over a kubemu cluster, its pods and its timeline. Start from {@link
 * io.kubemu.assertions.api.KubemuAssertions}; collect failures with {@link
 * io.kubemu.assertions.api.KubemuSoftAssertions}; wait in virtual time with {@link
 * io.kubemu.assertions.api.VirtualAwait}.
 *
 * <p>Every assert class has a public constructor taking the actual value and non-final methods, so
 * AssertJ's soft-assertion proxies work; navigation ({@code assertThat(cluster).pod("app/web-0")})
 * stays soft inside {@link io.kubemu.assertions.api.KubemuSoftAssertions}.
 */
package io.kubemu.assertions.api;
