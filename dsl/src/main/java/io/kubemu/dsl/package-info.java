/**
 * The fluent DSL: one entry class, {@link io.kubemu.dsl.Kubemu}, of static factories, and one small
 * builder per kind. Nested parts are nested builders passed as arguments, methods are named like
 * the YAML fields, and a builder produces exactly the record the equivalent YAML binds to: the DSL
 * adds no defaults (defaulting is the API server's job).
 *
 * <pre>{@code
 * import static io.kubemu.dsl.Kubemu.*;
 *
 * Deployment web = deployment("web").replicas(5).selector("app", "web")
 *     .rollingUpdate(maxSurge(1), maxUnavailable(0))
 *     .template(pod().labels("app", "web")
 *         .container(container("web").image("nginx:1.25")
 *             .readiness(httpGet(80, "/").initialDelaySeconds(5))))
 *     .build();
 * Deployment next = toBuilder(web).withImage("web", "nginx:1.26").build();
 * }</pre>
 *
 * <p>Conventions shared by every builder:
 *
 * <ul>
 *   <li>Builders are mutable and not thread-safe; {@code build()} may be called any number of times
 *       and returns a new immutable record each time.
 *   <li>A nested builder passed as an argument is built at once: changing it afterwards does not
 *       change the parent.
 *   <li>Methods for list fields of parts ({@code container}, {@code port}, {@code env}, {@code
 *       toleration}, ...) append; methods for map fields ({@code labels}, {@code nodeSelector},
 *       {@code requests}, ...) merge, a null value removing the key; methods for scalar lists
 *       ({@code command}, {@code args}, {@code accessModes}) and for nested objects replace.
 *   <li>Unset stays unset: a spec (or status) that nothing set is null, as when the YAML omits it.
 *   <li>Derivation: {@code Kubemu.toBuilder(object)} (or {@code XBuilder.from(object)}) returns a
 *       builder holding every field of the object, status included, so that {@code
 *       toBuilder(x).build()} equals {@code x}. The records themselves cannot offer {@code
 *       toBuilder()}: the model does not depend on this package.
 *   <li>Fields without a method are reached through an escape hatch: {@code
 *       metadata(UnaryOperator)}, {@code spec(UnaryOperator)}, {@code template(UnaryOperator)} or
 *       {@code edit(UnaryOperator)}.
 * </ul>
 */
package io.kubemu.dsl;
