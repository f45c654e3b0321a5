/**
 * Implementation helpers of the kubemu assertions: pod state descriptions, timeline replay,
 * placement and ordering computations, message slices. Not API: may change without notice.
 */
package io.kubemu.assertions.internal;
