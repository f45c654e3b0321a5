/**
 * The API server: the typed store ({@link io.kubemu.engine.api.ApiServer}), admission hooks,
 * watches, JSON merge patch, kubectl-style apply and Kubernetes' errors ({@link
 * io.kubemu.engine.api.ApiException}, {@link io.kubemu.engine.api.FieldError}). Semantics follow
 * the real API (opaque resourceVersions, the status subresource, list-then-watch without gaps) so
 * that an HTTP front end can serve it. Single-threaded: everything runs on the event loop's thread.
 */
package io.kubemu.engine.api;
